import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { usePaged } from '../../api/use-paged.js';
import { useRoster } from '../../api/use-roster.js';
import { href } from '../../app/routes.js';
import { navigate } from '../../app/use-route.js';
import { useApi, useMe } from '../../auth/session.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { auditQuery } from './audit-query.js';
import { filterFromParams, type AuditCsv, type AuditFilter, type AuditPerson, type AuditRow } from './audit-types.js';
import { AuditFilters } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';
import { saveCsv } from '../../components/save-file.js';
import { NoAccessPage } from '../NoAccessPage.js';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * The audit trail (#/audit): who did what to which record, when, and with
 * what outcome — views and refusals included. DSLs and Lantern admins; only
 * DSLs filter by child, and admins never see which child a row is about.
 */
export default function AuditPage({ params }: { params: URLSearchParams }) {
  const me = useMe();
  const api = useApi();
  const styles = useStyles();
  const list = useListStyles();
  const isDsl = me.roles.includes('dsl');
  const roster = useRoster() ?? [];
  const filter = filterFromParams(params);
  const allowed = me.can.listAuditEvents;
  const results = usePaged<AuditRow>(allowed ? `/api/audit-events${auditQuery(filter, me.school.timeZone, { limit: 50 })}` : null);
  const people = (results.latest?.people as AuditPerson[] | undefined) ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (!allowed) return <NoAccessPage page="audit">The audit trail is for DSLs and Lantern admins.</NoAccessPage>;
  const apply = (next: AuditFilter) => navigate(href.audit({ ...next, childId: isDsl ? next.childId : '' }));
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      saveCsv((await api.get<AuditCsv>(`/api/audit/export.csv${auditQuery(filter, me.school.timeZone)}`)).data, 'lantern-audit.csv');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached.'));
    }
    setBusy(false);
  };
  return (
    <>
      <PageTitle>Audit trail</PageTitle>
      <Text>Every view, change and refused attempt, newest first. {isDsl ? '' : 'Rows about a child do not say which child.'}</Text>
      <AuditFilters key={`${params.toString()}-${people.length}`} value={filter} roster={roster} people={people} showChild={isDsl} onApply={apply} />
      <div className={styles.line}>
        <Text role="status">{results.loading ? 'Loading the audit trail…' : `${results.items.length}${results.next ? '+' : ''} event(s) shown.`}</Text>
        <Button onClick={download} disabled={busy}>
          {busy ? 'Preparing…' : 'Download CSV'}
        </Button>
      </div>
      {error && <ErrorNotice error={error} />}
      {results.error && <ErrorNotice error={results.error} onRetry={results.reload} />}
      {results.items.length > 0 && <AuditTable rows={results.items} myOid={me.oid} links={isDsl} />}
      {results.loading && <Loading />}
      {!results.loading && results.items.length === 0 && !results.error && <Text className={list.empty}>No audit events match.</Text>}
      {results.next && !results.loading && <Button onClick={results.loadMore}>Show more</Button>}
    </>
  );
}
