import { Text } from '@fluentui/react-components';
import type { Concern } from '../../api/types.js';
import { useMe } from '../../auth/session.js';
import { useListStyles } from '../../components/lists.js';
import { Section } from '../../components/Section.js';
import { ActionRow } from './ActionRow.js';
import { AssignActionForm } from './AssignActionForm.js';
import type { ChangeResult } from './use-concern.js';

type Post = (suffix: string, body: Record<string, unknown>) => Promise<ChangeResult>;

/**
 * Follow-up actions with assignee and due date. DSLs give them to any member
 * of staff, reassign and withdraw them; the assignee marks theirs done.
 */
export function ActionsSection({ concern: c, post }: { concern: Concern; post: Post }) {
  const styles = useListStyles();
  const me = useMe();
  if (c.actions.length === 0 && !c.can.manageActions) return null;
  const open = c.status !== 'closed';
  return (
    <Section title="Actions">
      {c.actions.length === 0 ? (
        <Text className={styles.empty}>No actions yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Actions on this concern">
          {c.actions.map((a) => (
            <ActionRow key={a.id} action={a} canManage={c.can.manageActions} canComplete={open && (c.can.manageActions || a.assignee.oid === me.oid)} post={post} />
          ))}
        </ul>
      )}
      {c.can.manageActions && <AssignActionForm post={post} />}
    </Section>
  );
}
