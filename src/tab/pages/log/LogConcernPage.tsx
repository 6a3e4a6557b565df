import { Button, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { Concern } from '../../api/types.js';
import { useRoster } from '../../api/use-roster.js';
import { href } from '../../app/routes.js';
import { navigate } from '../../app/use-route.js';
import { useApi, useMe } from '../../auth/session.js';
import { problemFor } from '../../components/form.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { localDateInput, localTimeInput } from '../../format/dates.js';
import { draftBody, draftProblems, newKey, type ConcernDraft } from './concern-draft.js';
import { ConcernFields } from './ConcernFields.js';

const emptyDraft = (): ConcernDraft => ({
  children: [], people: [], alerted: [], categories: [], date: localDateInput(), time: localTimeInput(), location: '', account: '', actionTaken: '', parentsInformed: '', parentsReason: '', urgent: false,
});

const serverProblems = (e: ApiError | undefined) => ({
  children: problemFor(e, 'children'),
  categories: problemFor(e, 'categories'),
  occurredAt: problemFor(e, 'occurredAt'),
  location: problemFor(e, 'location'),
  account: problemFor(e, 'account'),
  actionTaken: problemFor(e, 'actionTaken'),
  parentsReason: problemFor(e, 'parentsInformed'),
  alertedStaff: problemFor(e, 'alertedStaff'),
  ...Object.fromEntries((e?.problems ?? []).filter((p) => p.path === 'otherPeople' || p.path.startsWith('otherPeople.')).map((p) => [p.path, p.message])),
});

/** Sends the draft once it is complete; one Idempotency-Key per concern, so a retry never duplicates it. */
function useLogConcern(draft: ConcernDraft) {
  const api = useApi();
  const [shown, setShown] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = draftProblems(draft);
    setShown(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.send<Concern>('POST', '/api/concerns', draftBody(draft), { 'idempotency-key': key });
      navigate(`${href.concern(created.data.id)}?logged=${draft.urgent ? 'urgent' : '1'}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was saved; try again.'));
      setBusy(false);
    }
  };
  return { submit, shown, error, busy };
}

/** Log a concern from the tab: the same API, validation and audit as the bot's card. */
export default function LogConcernPage() {
  const me = useMe();
  const roster = useRoster();
  const [draft, setDraft] = useState(emptyDraft);
  const { submit, shown, error, busy } = useLogConcern(draft);
  const set = (patch: Partial<ConcernDraft>) => setDraft((d) => ({ ...d, ...patch }));
  if (!me.can.createConcern) return <Text>You are not able to log concerns in this school.</Text>;
  const problems = { ...serverProblems(error), ...shown };
  return (
    <>
      <PageTitle>Log a concern</PageTitle>
      <Text as="p" block>
        Record what you saw or were told. Your DSL is told straight away; you can find it again under My concerns.
      </Text>
      {!roster && <Loading label="Loading the list of children…" />}
      {roster && (
        <form onSubmit={submit} noValidate aria-label="Log a concern">
          <ConcernFields draft={draft} set={set} roster={roster} problems={problems} />
          {Object.keys(shown).length > 0 && <Text role="alert">{`Please check: ${Object.values(shown).join(' ')}`}</Text>}
          {error && <ErrorNotice error={error} />}
          <Button type="submit" appearance="primary" disabled={busy} style={{ marginTop: 16 }}>
            {busy ? 'Saving…' : 'Log concern'}
          </Button>
        </form>
      )}
    </>
  );
}
