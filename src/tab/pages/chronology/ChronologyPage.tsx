import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { query } from '../../api/client.js';
import type { Chronology } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { formatDate } from '../../format/dates.js';
import { ChronologyEntryRow } from './ChronologyEntry.js';
import { ChronologyFilters, type ChronologyFilter } from './ChronologyFilters.js';
import './print.css';
import { useMe } from '../../auth/session.js';
import { CaseNotesSection } from '../child/CaseNotesSection.js';
import { FamilySection } from '../child/FamilySection.js';
import { StatusSection } from '../child/StatusSection.js';

const startOf = (date: string) => (date ? `${date}T00:00:00Z` : undefined);
const endOf = (date: string) => (date ? `${date}T23:59:59Z` : undefined);

/** Everything the caller may see about one child, oldest first; printable for case conferences. */
export default function ChronologyPage({ id }: { id: string }) {
  const styles = useListStyles();
  const [filter, setFilter] = useState<ChronologyFilter>({ category: '', from: '', to: '' });
  const path = `/api/children/${encodeURIComponent(id)}/chronology${query({ category: filter.category, from: startOf(filter.from), to: endOf(filter.to) })}`;
  const chronology = useResource<Chronology>(path);
  const me = useMe();
  const child = chronology.data?.child;
  return (
    <>
      <PageTitle>{child ? `Chronology: ${child.name}` : 'Chronology'}</PageTitle>
      {child && (
        <Text as="p" block>
          {[child.yearGroup === 'R' ? 'Reception' : `Year ${child.yearGroup}`, child.dateOfBirth && `born ${formatDate(child.dateOfBirth)}`, child.upn && `UPN ${child.upn}`]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      <div className="lantern-no-print">
        <StatusSection childId={id} />
        <FamilySection childId={id} />
        {me.can.dashboard && <CaseNotesSection childId={id} canAdd onSaved={chronology.reload} />}
      </div>
      <p className="lantern-print-only">{`Printed ${new Date().toLocaleString('en-GB')} — confidential safeguarding record.`}</p>
      <ChronologyFilters value={filter} onChange={setFilter} />
      {chronology.loading && <Loading />}
      {chronology.error && <ErrorNotice error={chronology.error} onRetry={chronology.reload} />}
      {chronology.data && chronology.data.entries.length === 0 && <Text className={styles.empty}>Nothing recorded that matches.</Text>}
      {chronology.data && chronology.data.entries.length > 0 && (
        <ol className={styles.list} aria-label={`Chronology, oldest first (${chronology.data.entries.length} entries)`}>
          {chronology.data.entries.map((e, i) => (
            <ChronologyEntryRow key={`${e.kind}:${String((e as { concernId?: string }).concernId ?? '')}:${i}`} entry={e} />
          ))}
        </ol>
      )}
    </>
  );
}
