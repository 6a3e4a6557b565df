import { Badge, Caption1, Link, Subtitle2, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import type { Dashboard, DueAction } from '../../api/types.js';
import { ChildLinks } from '../../components/ChildLinks.js';
import { useListStyles } from '../../components/lists.js';
import { Panel } from '../../components/Panel.js';
import { formatPlainDate } from '../../format/dates.js';

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function ActionList({ label, actions, today, overdue }: { label: string; actions: DueAction[]; today: string; overdue: boolean }) {
  const styles = useListStyles();
  if (actions.length === 0) return <Text className={styles.empty}>{overdue ? 'No overdue actions.' : 'No actions due soon.'}</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {actions.map((a) => (
        <li key={`${a.concernId}:${a.actionId}`} className={styles.item}>
          <Text>{a.description}</Text>
          <div className={styles.line}>
            {overdue ? (
              <Badge color="danger" appearance="filled">{`Overdue by ${daysBetween(a.dueDate, today)} day(s)`}</Badge>
            ) : (
              <Badge color="warning" appearance="tint">{a.dueDate === today ? 'Due today' : `Due ${formatPlainDate(a.dueDate)}`}</Badge>
            )}
            <Link href={href.concern(a.concernId)}>{a.ref}</Link>
            <ChildLinks>{a.children}</ChildLinks>
          </div>
          <Caption1 className={styles.muted}>
            Assigned to {a.assignee.name} · due {formatPlainDate(a.dueDate)}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

/** Open actions past their due date, then those due within the next days. */
export function ActionsPanel({ actions, today }: { actions: Dashboard['actions']; today: string }) {
  return (
    <Panel title="Actions" count={actions.overdue.length + actions.dueSoon.length}>
      <Subtitle2 as="h3">Overdue</Subtitle2>
      <ActionList label="Overdue actions" actions={actions.overdue} today={today} overdue />
      <Subtitle2 as="h3">{`Due in the next ${actions.dueSoonDays} days`}</Subtitle2>
      <ActionList label="Actions due soon" actions={actions.dueSoon} today={today} overdue={false} />
      {actions.more && <Caption1>Showing the first actions only; more are open.</Caption1>}
    </Panel>
  );
}
