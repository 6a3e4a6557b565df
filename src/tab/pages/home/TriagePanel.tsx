import { Badge, Caption1, Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import type { Dashboard } from '../../api/types.js';
import { CategoryTags } from '../../components/Badges.js';
import { ChildLinks } from '../../components/ChildLinks.js';
import { useListStyles } from '../../components/lists.js';
import { Panel } from '../../components/Panel.js';
import { formatAge, formatDateTime } from '../../format/dates.js';

const PRIORITY_COLOURS = { red: 'danger', amber: 'warning', green: 'success' } as const;

/** New concerns waiting for a DSL: a child at immediate risk first, then by priority, then oldest first. */
export function TriagePanel({ triage }: { triage: Dashboard['triage'] }) {
  const styles = useListStyles();
  const more = triage.total > triage.items.length;
  return (
    <Panel
      title="Triage queue"
      count={triage.total}
      action={<Link href={href.search({ status: 'new' })}>{more ? `See all ${triage.total}` : 'Search'}</Link>}
    >
      {triage.items.length === 0 ? (
        <Text className={styles.empty}>Nothing waiting for triage.</Text>
      ) : (
        <ol className={styles.list} aria-label="New concerns, oldest first within each band: any child at immediate risk at the top, then red, amber, not yet prioritised and green priority">
          {triage.items.map((c) => (
            <li key={c.id} className={styles.item}>
              <div className={styles.line}>
                {c.urgent && <Badge color="danger" appearance="filled">Immediate risk</Badge>}
                {c.priority && <Badge color={PRIORITY_COLOURS[c.priority.level]} appearance="tint" title={c.priority.reason}>{`Priority: ${c.priority.level === 'red' ? 'Red' : c.priority.level === 'amber' ? 'Amber' : 'Green'}`}</Badge>}
                <Link href={href.concern(c.id)}>{c.ref}</Link>
                <ChildLinks showRole>{c.children}</ChildLinks>
              </div>
              <div className={styles.line}>
                <CategoryTags ids={c.categories} />
              </div>
              <Caption1 className={styles.muted}>
                Recorded <time dateTime={c.recordedAt} title={formatDateTime(c.recordedAt)}>{formatAge(c.recordedAt)}</time> by {c.createdBy.name}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
