import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { formatDateTime } from '../../format/dates.js';
import type { AuditRow } from './audit-types.js';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
});

const OUTCOME = { success: 'Success', denied: 'Denied', failed: 'Failed' } as const;
const RECORD_LINKS: Record<string, (id: string) => string> = { concern: href.concern, child: href.child, referral: href.referral };

/** The record an event is about; DSLs get a link to concerns, children and referrals (they may open them). */
function RecordCell({ row, links }: { row: AuditRow; links: boolean }) {
  const to = RECORD_LINKS[row.recordType];
  const label = `${row.recordType} ${row.recordId}`;
  if (links && to && /^[A-Za-z0-9_.:-]{1,64}$/.test(row.recordId)) return <Link href={to(row.recordId)}>{label}</Link>;
  return <>{label}</>;
}

/** Audit events, newest first: when, who, what, which record, outcome — views and refusals included. */
export function AuditTable({ rows, myOid, links }: { rows: AuditRow[]; myOid: string; links: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table aria-label="Audit events" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>When</TableHeaderCell>
            <TableHeaderCell>Person</TableHeaderCell>
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell>Record</TableHeaderCell>
            <TableHeaderCell>Outcome</TableHeaderCell>
            <TableHeaderCell>Correlation id</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell className={styles.cell}>{formatDateTime(r.at)}</TableCell>
              <TableCell className={styles.cell}>{r.oid === myOid ? `You (${r.oid})` : r.oid}</TableCell>
              <TableCell className={styles.cell}>{r.action}</TableCell>
              <TableCell className={styles.cell}>
                <RecordCell row={r} links={links} />
              </TableCell>
              <TableCell className={styles.cell}>{OUTCOME[r.outcome] ?? r.outcome}</TableCell>
              <TableCell className={styles.cell}>{r.correlationId}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
