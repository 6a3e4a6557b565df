import { Badge, Caption1, Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { useResource } from '../../api/use-resource.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { formatDateTime } from '../../format/dates.js';
import { KIND_LABEL, OUTCOME_LABEL, subjectText, type AdultSubjectView } from './labels.js';

interface Item {
  id: string;
  ref: string;
  kind: string;
  status: string;
  subject: AdultSubjectView;
  selfReport: boolean;
  occurredAt: string;
  outcome?: string;
  ladoDueAt?: string;
  recordsAboutThisAdult: number;
  pattern: boolean;
}

/** The case managers' list (listAdultConcerns): newest first, repeated concerns about one adult flagged. */
export default function AdultConcernsPage() {
  const list = useListStyles();
  const res = useResource<{ items: Item[] }>('/api/adult-concerns');
  const items = res.data?.items ?? [];
  return (
    <>
      <PageTitle>Concerns about adults</PageTitle>
      <Caption1 block>Only the school’s case managers see these. They are not on any child’s file.</Caption1>
      {res.error && <ErrorNotice error={res.error} onRetry={res.reload} />}
      {res.loading && <Loading />}
      {!res.loading && !res.error && items.length === 0 && <Text className={list.empty}>No concerns about adults.</Text>}
      {items.length > 0 && (
        <ul className={list.list} aria-label="Concerns about adults">
          {items.map((c) => (
            <li key={c.id} className={list.item}>
              <div className={list.line}>
                <Link href={href.adultConcern(c.id)}>{`${KIND_LABEL[c.kind] ?? 'Concern'} ${c.ref}`}</Link>
                <Text>{subjectText(c.subject)}</Text>
                {c.selfReport && <Badge appearance="outline">Self-report</Badge>}
                {c.pattern && <Badge appearance="filled" color="warning">{`${c.recordsAboutThisAdult} concerns about this adult`}</Badge>}
                {c.status === 'closed' && <Badge appearance="outline">Closed</Badge>}
              </div>
              <div className={list.line}>
                <Caption1>{`Happened ${formatDateTime(c.occurredAt)}`}</Caption1>
                {c.ladoDueAt && <Caption1>{`LADO referral due by ${formatDateTime(c.ladoDueAt)}`}</Caption1>}
                {c.outcome && <Caption1>{`Outcome: ${OUTCOME_LABEL[c.outcome] ?? 'recorded'}`}</Caption1>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
