import { Caption1, Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import type { Page } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Panel } from '../../components/Panel.js';
import { SarList } from '../subject-access/SarList.js';
import type { SubjectAccessRequest } from '../subject-access/types.js';

/** Subject access requests overdue or due within a week, soonest first. */
export function SubjectAccessPanel() {
  const styles = useListStyles();
  const due = useResource<Page<SubjectAccessRequest>>('/api/subject-access-requests?status=due-soon&limit=20');
  return (
    <Panel title="Subject access requests due" count={due.data?.items.length} action={<Link href={href.subjectAccessList()}>All requests</Link>}>
      {due.loading && <Loading />}
      {due.error && <ErrorNotice error={due.error} onRetry={due.reload} />}
      {due.data && due.data.items.length === 0 && <Text className={styles.empty}>No request is overdue or due this week.</Text>}
      {due.data && due.data.items.length > 0 && <SarList label="Subject access requests due" items={due.data.items} />}
      {due.data?.cursor && <Caption1>More requests are due than shown here.</Caption1>}
    </Panel>
  );
}
