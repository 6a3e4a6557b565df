import { Badge, Caption1, Link, Text } from '@fluentui/react-components';
import type { TransferList } from '../../api/records-types.js';
import { useResource } from '../../api/use-resource.js';
import { href } from '../../app/routes.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { formatDate, formatDateTime } from '../../format/dates.js';
import { ImportPackForm } from './ImportPackForm.js';
import { StartTransferForm } from './StartTransferForm.js';

const STATUS: Record<string, string> = { preparing: 'Preparing', sent: 'Awaiting receipt', received: 'Received', cancelled: 'Cancelled' };

/** Transfers of child protection files to leavers' new schools (listTransfers), leavers still to transfer, and importing a received pack. */
export default function TransfersPage() {
  const list = useListStyles();
  const data = useResource<TransferList>('/api/transfers');
  const d = data.data;
  return (
    <>
      <PageTitle>Transfers</PageTitle>
      <Text>A child protection file goes to the new school within 5 school days of a move, separately from the main pupil file, and receipt is confirmed. Lantern alerts when receipt is overdue.</Text>
      {data.error && <ErrorNotice error={data.error} onRetry={data.reload} />}
      {data.loading && <Loading />}
      {d && d.leaversWithoutTransfer.length > 0 && (
        <Section title="Leavers with a file still to transfer">
          <ul className={list.list} aria-label="Leavers with a file still to transfer">
            {d.leaversWithoutTransfer.map((l) => (
              <li key={l.childId} className={list.item}>
                <Text weight="semibold">{l.name}</Text>
                <Caption1>{`UPN ${l.upn}${l.leftAt ? ` · left ${formatDate(l.leftAt)}` : ''}`}</Caption1>
                <StartTransferForm childId={l.childId} name={l.name} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {d && (
        <Section title="Transfers">
          {d.items.length === 0 && <Text className={list.empty}>No transfers yet.</Text>}
          <ul className={list.list} aria-label="Transfers">
            {d.items.map((t) => (
              <li key={t.id} className={list.item}>
                <div className={list.line}>
                  <Link href={href.transfer(t.id)}>{`Transfer ${t.ref}`}</Link>
                  <Text>{`${t.childName ?? t.childId} → ${t.destination.name}`}</Text>
                  <Badge color={t.receiptOverdue ? 'danger' : 'informative'}>{t.receiptOverdue ? 'Receipt overdue' : STATUS[t.status]}</Badge>
                </div>
                {t.receiptDueAt && <Caption1>{`Receipt due by ${formatDateTime(new Date(Date.parse(t.receiptDueAt) - 1).toISOString())}`}</Caption1>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Import a pack from a previous school">
        <ImportPackForm />
      </Section>
    </>
  );
}
