import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { auditSentence } from '../../format/audit-labels.js';
import { formatDateTime } from '../../format/dates.js';
import type { AuditRow } from './audit-types.js';

const useStyles = makeStyles({
  // Scrolls sideways on a phone; focusable so it can be scrolled from the keyboard.
  scroll: { overflowX: 'auto' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
});

const OUTCOME = { success: 'Done', denied: 'Refused', failed: 'Not found' } as const;
const RECORD_LINKS: Record<string, (id: string) => string> = { concern: href.concern, child: href.child, referral: href.referral };

/** What happened, in words; DSLs get a link to the concern, child or referral (they may open them). */
function WhatCell({ row, myOid, links }: { row: AuditRow; myOid: string; links: boolean }) {
  const to = RECORD_LINKS[row.recordType];
  const sentence = auditSentence(row, myOid);
  if (links && to && /^[A-Za-z0-9_.:-]{1,64}$/.test(row.recordId)) return <Link href={to(row.recordId)}>{sentence}</Link>;
  return <>{sentence}</>;
}

/** Audit events, newest first: when, what happened (who, what, which record), outcome — views and refusals included. */
export function AuditTable({ rows, myOid, links }: { rows: AuditRow[]; myOid: string; links: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" aria-label="Audit events, scrollable" tabIndex={0}>
      <Table aria-label="Audit events" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>When</TableHeaderCell>
            <TableHeaderCell>What happened</TableHeaderCell>
            <TableHeaderCell>Outcome</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell className={styles.cell}>{formatDateTime(r.at)}</TableCell>
              <TableCell className={styles.cell}>
                <WhatCell row={r} myOid={myOid} links={links} />
              </TableCell>
              <TableCell className={styles.cell}>{OUTCOME[r.outcome] ?? r.outcome}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
