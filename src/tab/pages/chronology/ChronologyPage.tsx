import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, query } from '../../api/client.js';
import type { Chronology } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useApi, useMe } from '../../auth/session.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { saveFile } from '../../components/save-file.js';
import { PageTitle } from '../../components/Text.js';
import { formatPlainDate } from '../../format/dates.js';
import { ChronologyEntryRow } from './ChronologyEntry.js';
import { ChronologyFilters, NO_FILTER, type ChronologyFilter } from './ChronologyFilters.js';
import './print.css';
import { CaseNotesSection } from '../child/CaseNotesSection.js';
import { FamilySection } from '../child/FamilySection.js';
import { StatusSection } from '../child/StatusSection.js';

const startOf = (date: string) => (date ? `${date}T00:00:00Z` : undefined);
const endOf = (date: string) => (date ? `${date}T23:59:59Z` : undefined);
const filterQuery = (f: ChronologyFilter) =>
  query({ kind: f.kind || undefined, category: f.category || undefined, from: startOf(f.from), to: endOf(f.to), q: f.text || undefined, order: f.order === 'newest' ? 'newest' : undefined });

/** Everything the caller may see about one child, from every record; Print downloads the same entries as a marked PDF. */
export default function ChronologyPage({ id }: { id: string }) {
  const styles = useListStyles();
  const api = useApi();
  const [filter, setFilter] = useState<ChronologyFilter>(NO_FILTER);
  const [printing, setPrinting] = useState(false);
  const [printError, setPrintError] = useState<ApiError>();
  const base = `/api/children/${encodeURIComponent(id)}`;
  const chronology = useResource<Chronology>(`${base}/chronology${filterQuery(filter)}`);
  const me = useMe();
  const child = chronology.data?.child;
  const kindLabel = (kind: string) => chronology.data?.kinds?.find((k) => k.id === kind)?.label ?? 'Entry';
  const print = async () => {
    setPrinting(true);
    setPrintError(undefined);
    try {
      const file = await api.download(`${base}/chronology.pdf${filterQuery(filter)}`);
      saveFile(file.blob, file.fileName, 'chronology.pdf');
    } catch (err) {
      setPrintError(err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Try again.'));
    } finally {
      setPrinting(false);
    }
  };
  return (
    <>
      <PageTitle>{child ? `Chronology: ${child.name}` : 'Chronology'}</PageTitle>
      {child && (
        <Text as="p" block>
          {[child.yearGroup === 'R' ? 'Reception' : `Year ${child.yearGroup}`, child.dateOfBirth && `born ${formatPlainDate(child.dateOfBirth)}`, child.upn && `UPN ${child.upn}`]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      <div className="lantern-no-print">
        <StatusSection childId={id} onChanged={chronology.reload} />
        <FamilySection childId={id} />
        {me.can.dashboard && <CaseNotesSection childId={id} canAdd onSaved={chronology.reload} />}
      </div>
      <ChronologyFilters value={filter} kinds={chronology.data?.kinds ?? []} printing={printing} onChange={setFilter} onPrint={() => void print()} />
      {printError && <ErrorNotice error={printError} />}
      {chronology.loading && <Loading />}
      {chronology.error && <ErrorNotice error={chronology.error} onRetry={chronology.reload} />}
      {chronology.data && chronology.data.entries.length === 0 && <Text className={styles.empty}>Nothing recorded that matches.</Text>}
      {chronology.data && chronology.data.entries.length > 0 && (
        <ol className={styles.list} aria-label={`Chronology, ${filter.order === 'newest' ? 'newest' : 'oldest'} first (${chronology.data.entries.length} entries)`}>
          {chronology.data.entries.map((e) => (
            <ChronologyEntryRow key={e.id} entry={e} kindLabel={kindLabel(e.kind)} />
          ))}
        </ol>
      )}
    </>
  );
}
