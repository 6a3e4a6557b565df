import { Button, Caption1, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { StatusFlag } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { FlagBadges } from '../../components/FlagBadges.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { flagText } from '../../format/child-file-labels.js';
import { formatPlainDate } from '../../format/dates.js';
import { StatusFlagChange } from './StatusFlagChange.js';
import { StatusFlagForm } from './StatusFlagForm.js';

function HistoryRow({ flag: f, onChanged }: { flag: StatusFlag; onChanged(): void }) {
  const styles = useListStyles();
  const [mode, setMode] = useState<'end' | 'edit'>();
  const period = f.endDate ? `${formatPlainDate(f.startDate)} to ${formatPlainDate(f.endDate)}` : `since ${formatPlainDate(f.startDate)}`;
  const changeable = f.can.update && f.etag !== undefined;
  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <Text weight={f.current ? 'semibold' : 'regular'}>{flagText(f)}</Text>
        <Caption1 className={styles.muted}>{`${period} · set by ${f.source === 'roster' ? 'the roster' : f.createdBy.name}`}</Caption1>
        {changeable && mode === undefined && !f.endDate && (
          <Button size="small" aria-label={`End ${flagText(f)}`} onClick={() => setMode('end')}>End</Button>
        )}
        {changeable && mode === undefined && (
          <Button size="small" appearance="subtle" aria-label={`Correct ${flagText(f)}`} onClick={() => setMode('edit')}>Correct</Button>
        )}
      </div>
      {mode && (
        <StatusFlagChange
          flag={f}
          mode={mode}
          onCancel={() => setMode(undefined)}
          onDone={() => {
            setMode(undefined);
            onChanged();
          }}
        />
      )}
    </li>
  );
}

/** The child's statuses: current ones as badges, every period in the history, and (for DSLs) a form to set one. */
export function StatusSection({ childId, onChanged }: { childId: string; onChanged?(): void }) {
  const styles = useListStyles();
  const flags = useResource<{ items: StatusFlag[]; canSet: boolean }>(`/api/children/${encodeURIComponent(childId)}/status-flags`);
  const [adding, setAdding] = useState(false);
  if (flags.error?.status === 403 || (!flags.data && !flags.error)) return null;
  if (flags.error) return <ErrorNotice error={flags.error} onRetry={flags.reload} />;
  const { items, canSet } = flags.data!;
  if (items.length === 0 && !canSet) return null;
  return (
    <Section title="Status">
      <FlagBadges flags={items.filter((f) => f.current)} size="medium" />
      {items.length === 0 ? <Text className={styles.empty}>No statuses recorded.</Text> : (
        <ul className={styles.list} aria-label="Status history">
          {items.map((f) => <HistoryRow key={`${f.id}-${f.version}`} flag={f} onChanged={() => { flags.reload(); onChanged?.(); }} />)}
        </ul>
      )}
      {canSet && !adding && <Button style={{ alignSelf: 'flex-start' }} onClick={() => setAdding(true)}>Set a status</Button>}
      {canSet && adding && <StatusFlagForm childId={childId} onSaved={() => { setAdding(false); flags.reload(); onChanged?.(); }} />}
    </Section>
  );
}
