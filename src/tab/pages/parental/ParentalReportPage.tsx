import { Button, Caption1, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { href } from '../../app/routes.js';
import { query } from '../../api/client.js';
import type { ParentalReportItem } from '../../api/records-types.js';
import type { Page } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { ChildLinks } from '../../components/ChildLinks.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { formatDateTime } from '../../format/dates.js';

/** Concerns where parents/carers were not informed, and why (getParentalNotificationReport); DSLs. */
export default function ParentalReportPage() {
  const list = useListStyles();
  const [cursor, setCursor] = useState<string>();
  const [earlier, setEarlier] = useState<ParentalReportItem[]>([]);
  const report = useResource<Page<ParentalReportItem>>(`/api/reports/parental-notification${query({ cursor })}`);
  const items = [...earlier, ...(report.data?.items ?? [])];
  return (
    <>
      <PageTitle>Parents not informed</PageTitle>
      <Text>Concerns where parents or carers were not told, with the reason recorded. Open a concern to record a new decision.</Text>
      {report.error && <ErrorNotice error={report.error} onRetry={report.reload} />}
      {!report.loading && !report.error && items.length === 0 && <Text className={list.empty}>Every concern records that parents or carers were informed.</Text>}
      {items.length > 0 && (
        <ul className={list.list} aria-label="Concerns where parents were not informed">
          {items.map((i) => (
            <li key={i.concernId} className={list.item}>
              <div className={list.line}>
                <Link href={href.concern(i.concernId)}>{`Concern ${i.ref}`}</Link>
                <ChildLinks>{i.children.map((c) => ({ childId: c.childId, name: c.name }))}</ChildLinks>
              </div>
              <Text>{`Why: ${i.reason}`}</Text>
              <Caption1>{`Recorded ${formatDateTime(i.recordedAt)} · ${i.decidedBy && i.decidedAt ? `decided by ${i.decidedBy.name}, ${formatDateTime(i.decidedAt)}` : 'as logged; no DSL decision yet'}`}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {report.loading && <Loading />}
      {report.data?.cursor && !report.loading && (
        <Button onClick={() => (setEarlier(items), setCursor(report.data?.cursor))}>Show more</Button>
      )}
    </>
  );
}
