import { Button, Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { AccessReport, AccessReportCsv } from '../../api/types.js';
import type { Resource } from '../../api/use-resource.js';
import { useApi } from '../../auth/session.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { formatDateTime } from '../../format/dates.js';
import { saveCsv } from '../../components/save-file.js';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  cell: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top' },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Who can see what, through which group and role (getAccessReport). Admins and DSLs. */
export function AccessReportSection({ report }: { report: Resource<AccessReport> }) {
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.get<AccessReportCsv>('/api/access-report?format=csv');
      saveCsv(r.data, 'lantern-access.csv');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached.'));
    }
    setBusy(false);
  };
  const r = report.data;
  return (
    <Section title="Access report">
      <div className={styles.line}>
        <Text>Who can see what, and through which group.</Text>
        <Button onClick={download} disabled={busy}>
          {busy ? 'Preparing…' : 'Download CSV'}
        </Button>
      </div>
      {error && <ErrorNotice error={error} />}
      {report.loading && <Loading />}
      {report.error && <ErrorNotice error={report.error} onRetry={report.reload} />}
      {r && (
        <>
          <Caption1>{`Generated ${formatDateTime(r.generatedAt)}`}</Caption1>
          {r.groups
            .filter((g) => g.unavailable)
            .map((g) => (
              <Caption1 key={g.groupId}>{`${g.name ?? g.groupId}: ${g.unavailable}`}</Caption1>
            ))}
          {r.people.length === 0 ? (
            <Text>No members could be listed.</Text>
          ) : (
            <div className={styles.scroll}>
              <Table aria-label="Who can see what" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Person</TableHeaderCell>
                    <TableHeaderCell>Roles</TableHeaderCell>
                    <TableHeaderCell>Through</TableHeaderCell>
                    <TableHeaderCell>Sees</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {r.people.map((p) => (
                    <TableRow key={p.oid}>
                      <TableCell className={styles.cell}>{`${p.name}${p.principalName ? `\n${p.principalName}` : ''}${p.guest ? ' (guest)' : ''}`}</TableCell>
                      <TableCell className={styles.cell}>{p.roles.join(', ') || '—'}</TableCell>
                      <TableCell className={styles.cell}>{p.routes.map((x) => `${x.groupName ?? x.groupId} → ${x.label ?? x.kind}`).join('\n')}</TableCell>
                      <TableCell className={styles.cell}>{p.sees.join('\n')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
