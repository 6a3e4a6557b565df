import type { SqlQuerySpec } from '@azure/cosmos';
import { calendarFor } from '../src/core/calendar/school-calendar.js';
import { dashboardWindows, localDatePlus } from '../src/core/usecases/dashboard-windows.js';
import { DEMO_SCHOOL_ID, DEMO_TENANT_ID } from '../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../src/local/demo-school.js';
import { RECORDS_COMPOSITE_INDEXES } from '../src/store/containers.js';
import { categoryCountsSql, childIdsSinceSql, countNewSql, openActionsDueSql } from '../src/store/dashboard-sql.js';
import { referralQuerySql } from '../src/store/referral-sql.js';
import { allSchoolsSql, childrenSql, concernQuerySql, schoolsForTenantSql } from '../src/store/sql.js';
import { installLinearScan, verifyLinearScan } from './emulator-scan.js';
import { closedReferrals, dashboardConcerns, openReferrals } from './scale-data.js';
import { SWEEP_CLOCK } from './sweep-scale.js';

/**
 * Installs the linear FROM in the embedded server's query compiler and proves,
 * before any figure is taken, that it returns exactly what the shipped code
 * returns for the SQL the dashboard and the sweep send, over the bench's own
 * kind of documents. Returns how many queries were checked.
 */
export function installCheckedLinearScan(): number {
  installLinearScan();
  const school = demoSchool();
  const now = new Date();
  const horizon = calendarFor(school).dueAt(SWEEP_CLOCK, { amount: 1, unit: 'working-days' });
  const docs: object[] = [
    school,
    ...demoChildren(),
    ...take(dashboardConcerns(DEMO_SCHOOL_ID, school.timeZone, now, 300), 380),
    ...take(closedReferrals(school, SWEEP_CLOCK, 150), 150),
    ...take(openReferrals(school, SWEEP_CLOCK, horizon, 30), 30),
  ];
  const categories = school.categories.map((c) => c.id);
  const specs: SqlQuerySpec[] = [
    concernQuerySql(DEMO_SCHOOL_ID, { scope: { kind: 'all' }, status: 'new', order: 'recordedAt-asc' })!,
    countNewSql(DEMO_SCHOOL_ID),
    categoryCountsSql(DEMO_SCHOOL_ID, categories, dashboardWindows(now, school)),
    openActionsDueSql(DEMO_SCHOOL_ID, localDatePlus(now, school.timeZone, 7)),
    childIdsSinceSql(DEMO_SCHOOL_ID, new Date(now.getTime() - 30 * 86_400_000).toISOString()),
    childrenSql(DEMO_SCHOOL_ID, ['child-001', 'child-008', 'child-012']),
    referralQuerySql(DEMO_SCHOOL_ID, { status: 'open', dueBy: horizon.toISOString() }),
    allSchoolsSql(),
    schoolsForTenantSql(DEMO_TENANT_ID),
  ];
  verifyLinearScan(docs, specs, RECORDS_COMPOSITE_INDEXES);
  return specs.length;
}

function take<T>(it: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const x of it) {
    if (out.length >= n) break;
    out.push(x);
  }
  return out;
}
