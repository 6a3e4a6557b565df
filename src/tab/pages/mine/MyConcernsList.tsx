import { Button, Text } from '@fluentui/react-components';
import type { Concern } from '../../api/types.js';
import { usePaged } from '../../api/use-paged.js';
import { useMe } from '../../auth/session.js';
import { ConcernList } from '../../components/ConcernList.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';

/** What I logged or was alerted to, newest first, with "Show more" paging. */
export function MyConcernsList() {
  const me = useMe();
  const styles = useListStyles();
  const list = usePaged<Concern>('/api/me/concerns?limit=25');
  const note = (c: Concern) => (c.createdBy.oid === me.oid ? 'you logged this' : 'you were alerted');
  return (
    <>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.items.length > 0 && <ConcernList items={list.items} label="My concerns" note={note} />}
      {list.loading && <Loading />}
      {!list.loading && !list.error && list.items.length === 0 && <Text className={styles.empty}>You have not logged or been alerted to any concern yet.</Text>}
      {list.next && !list.loading && <Button onClick={list.loadMore}>Show more</Button>}
    </>
  );
}
