import { Caption1, Text } from '@fluentui/react-components';
import type { VersionView } from '../../api/types.js';
import { useListStyles } from '../../components/lists.js';
import { Section } from '../../components/Section.js';
import { formatDateTime } from '../../format/dates.js';
import { fieldLabel } from '../../format/labels.js';
import { describeValue } from './describe-value.js';

/** Every change, newest first: who, when, and each field's value before and after. */
export function HistorySection({ history, groups }: { history: VersionView[]; groups?: ReadonlyMap<string, string> }) {
  const styles = useListStyles();
  const newestFirst = [...history].sort((a, b) => b.version - a.version);
  return (
    <Section title="Version history">
      {newestFirst.length === 0 ? (
        <Text className={styles.empty}>Not changed since it was recorded.</Text>
      ) : (
        <ol className={styles.list} aria-label="Changes, newest first">
          {newestFirst.map((v) => (
            <li key={v.version} className={styles.item}>
              <Text weight="semibold">{`Version ${v.version}: ${v.changedBy.name}, ${formatDateTime(v.changedAt)}`}</Text>
              <ul>
                {v.changes.map((x) => (
                  <li key={x.field}>
                    <Caption1>{`${fieldLabel(x.field)}: ${describeValue(x.before, groups)} → ${describeValue(x.after, groups)}`}</Caption1>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
