import { Button, Caption1, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../auth/session.js';
import { useSubmit } from '../../components/form.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Facts, Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { formatDateTime } from '../../format/dates.js';
import { saveFile } from '../../components/save-file.js';
import { TransferActions } from './TransferActions.js';
import { useTransfer } from './use-transfer.js';
import { methodWords } from '../../format/referral-labels.js';

/** One transfer: the pack (build, download), sending, the receipt deadline, chases and receipt. */
export default function TransferPage({ id }: { id: string }) {
  const api = useApi();
  const transfer = useTransfer(id);
  const build = useSubmit();
  const [downloadError, setDownloadError] = useState<ApiError>();
  const t = transfer.data;
  if (!t) return (<><PageTitle>Transfer</PageTitle>{transfer.loading && <Loading />}{transfer.error && <ErrorNotice error={transfer.error} />}</>);
  const download = async (format: 'pdf' | 'json') => {
    setDownloadError(undefined);
    try {
      const r = await api.download(`${transfer.path}/pack/${format}`);
      saveFile(r.blob, r.fileName, `${t.ref}.${format}`);
    } catch (e) {
      setDownloadError(e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached.'));
    }
  };
  const lastDay = t.receiptDueAt ? formatDateTime(new Date(Date.parse(t.receiptDueAt) - 1).toISOString()) : '—';
  return (
    <article aria-label={`Transfer ${t.ref}`}>
      <PageTitle>{`Transfer ${t.ref}`}</PageTitle>
      <Facts items={[
        ['Child', `${t.childName ?? t.childId} (UPN ${t.upn})`],
        ['New school', `${t.destination.name}${t.destination.urn ? ` (URN ${t.destination.urn})` : ''}`],
        ['Status', t.receiptOverdue ? 'Receipt overdue — chase the new school' : t.status],
        ['Sent', t.sent ? `${formatDateTime(t.sent.at)}, by ${methodWords(t.sent.method)} to ${t.sent.to}` : '—'],
        ['Receipt due by', t.status === 'sent' ? lastDay : '—'],
        ['Receipt', t.receipt ? `${formatDateTime(t.receipt.at)}, confirmed by ${t.receipt.confirmedBy}` : '—'],
      ]} />
      <Section title="Pack">
        {t.pack ? <Caption1>{`Built ${formatDateTime(t.pack.builtAt)} by ${t.pack.builtBy.name} · ${t.pack.recordIds.length} record(s) · JSON SHA-256 ${t.pack.jsonSha256.slice(0, 16)}…`}</Caption1> : <Text>No pack built yet.</Text>}
        {t.status === 'preparing' && (
          <Button onClick={() => build.run(() => transfer.act({}, '/pack', 'POST'))} disabled={build.busy}>{t.pack ? 'Rebuild pack' : 'Build pack'}</Button>
        )}
        {build.error && <ErrorNotice error={build.error} />}
        {t.pack && (
          <div>
            <Button onClick={() => void download('pdf')}>Download PDF</Button> <Button onClick={() => void download('json')}>Download JSON</Button>
          </div>
        )}
        {downloadError && <ErrorNotice error={downloadError} />}
      </Section>
      {t.chases.length > 0 && (
        <Section title="Chases">
          <ul>{t.chases.map((c) => <li key={c.id}><Text>{`${formatDateTime(c.at)} · ${methodWords(c.method)} · ${c.who}${c.note ? ` — ${c.note}` : ''}`}</Text></li>)}</ul>
        </Section>
      )}
      <Section title="Next step">
        <TransferActions transfer={t} act={transfer.act} />
      </Section>
    </article>
  );
}
