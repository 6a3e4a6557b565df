import { Badge, Button, Caption1, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { MyAction } from '../../api/types.js';
import { usePaged } from '../../api/use-paged.js';
import { href } from '../../app/routes.js';
import { useApi } from '../../auth/session.js';
import { useListStyles } from '../../components/lists.js';
import { MarkDoneForm } from '../../components/MarkDoneForm.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';

function State({ item }: { item: MyAction }) {
  if (item.action.done) return <Badge color="success" appearance="tint">Done</Badge>;
  if (item.overdue) return <Badge color="danger" appearance="filled">{`Overdue since ${formatPlainDate(item.action.dueDate)}`}</Badge>;
  return <Badge color="informative" appearance="tint">{`Due ${formatPlainDate(item.action.dueDate)}`}</Badge>;
}

function MyActionRow({ item, onDone }: { item: MyAction; onDone(note: string): ReturnType<React.ComponentProps<typeof MarkDoneForm>['onDone']> }) {
  const styles = useListStyles();
  const a = item.action;
  return (
    <li className={styles.item}>
      <Text>{a.description}</Text>
      <div className={styles.line}>
        <State item={item} />
        <Link href={href.concern(item.concernId)}>{`Concern ${item.concernRef}`}</Link>
      </div>
      {a.done && <Caption1 className={styles.muted}>{`Done ${formatDateTime(a.doneAt ?? '')}${a.doneNote ? `: ${a.doneNote}` : ''}`}</Caption1>}
      {!a.done && item.concernStatus !== 'closed' && <MarkDoneForm label={a.description} onDone={onDone} />}
    </li>
  );
}

/** "My actions": what DSLs have asked this person to do, open ones first; each marks done with a note. */
export default function MyActionsPage() {
  const api = useApi();
  const styles = useListStyles();
  const list = usePaged<MyAction>('/api/me/actions?limit=50');
  const [done, setDone] = useState<Record<string, MyAction['action']>>({});
  const markDone = (item: MyAction) => async (note: string) => {
    const path = `/api/concerns/${encodeURIComponent(item.concernId)}/actions/${encodeURIComponent(item.action.id)}/done`;
    try {
      const r = await api.send<{ actions: MyAction['action'][] }>('POST', path, { note });
      const updated = r.data.actions.find((x) => x.id === item.action.id);
      if (updated) setDone((d) => ({ ...d, [item.action.id]: updated }));
      return { ok: true as const };
    } catch (e) {
      return { ok: false as const, error: e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.') };
    }
  };
  const items = list.items.map((i) => (done[i.action.id] ? { ...i, action: done[i.action.id]!, overdue: false } : i));
  return (
    <>
      <PageTitle>My actions</PageTitle>
      <Text as="p" block>Actions a DSL has asked you to do. Open the concern to read why; mark each done with a note of what you did.</Text>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {items.length > 0 && (
        <ul className={styles.list} aria-label="My actions">
          {items.map((i) => <MyActionRow key={`${i.concernId}:${i.action.id}`} item={i} onDone={markDone(i)} />)}
        </ul>
      )}
      {list.loading && <Loading />}
      {!list.loading && !list.error && items.length === 0 && <Text className={styles.empty}>You have no actions.</Text>}
      {list.next && !list.loading && <Button onClick={list.loadMore}>Show more</Button>}
    </>
  );
}
