import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { PendingAccessChange } from '../../api/types.js';
import { useApi } from '../../auth/session.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Success } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { formatAge, formatDateTime } from '../../format/dates.js';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  what: { overflowWrap: 'anywhere' },
});

/** "add the group “Heads” to the DSL groups" + "let …" → one sentence, capitalised. */
export function describeChange(summary: string[]): string {
  const words = summary.length > 1 ? `${summary.slice(0, -1).join('; ')} and ${summary.at(-1)}` : (summary[0] ?? 'change who can see concerns');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was decided; try again.'));

type Decision = 'approve' | 'reject';
type Outcome = { decision: Decision; what: string };

function ChangeItem({ change, onDecided }: { change: PendingAccessChange; onDecided(outcome: Outcome): void }) {
  const styles = useStyles();
  const lists = useListStyles();
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<Decision>();
  const [error, setError] = useState<ApiError>();
  const what = describeChange(change.summary);
  const decide = async (decision: Decision) => {
    setBusy(decision);
    setError(undefined);
    try {
      await api.send('POST', `/api/access-config/pending/${encodeURIComponent(change.id)}/${decision}`, {});
      onDecided({ decision, what });
    } catch (e) {
      setError(asApiError(e));
      setBusy(undefined);
      setConfirming(false);
    }
  };
  return (
    <li className={lists.item}>
      <Text weight="semibold" className={styles.what}>
        {what}
      </Text>
      <Caption1>{`Asked by ${change.requestedBy.name} on ${formatDateTime(change.requestedAt)}.`}</Caption1>
      <Caption1>{`Lapses on ${formatDateTime(change.expiresAt)} (${formatAge(change.expiresAt)}) unless a DSL approves it before then. Until then nothing changes.`}</Caption1>
      {change.askedByYou && <Text>You asked for this change, so it is waiting for another DSL to approve or reject it.</Text>}
      {!change.askedByYou && !change.canDecide && (
        <Text>{`Waiting for a DSL other than ${change.requestedBy.name} to approve or reject it. Only a DSL can decide.`}</Text>
      )}
      {change.canDecide && !confirming && (
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => setConfirming(true)} disabled={busy !== undefined}>
            Approve…
          </Button>
          <Button onClick={() => decide('reject')} disabled={busy !== undefined}>
            {busy === 'reject' ? 'Rejecting…' : 'Reject'}
          </Button>
        </div>
      )}
      {change.canDecide && confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Approve this change?</MessageBarTitle>
            {`${what} It takes effect at once: the people in that group will be able to see what it gives.`}
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => decide('approve')} disabled={busy !== undefined}>
                {busy === 'approve' ? 'Approving…' : 'Approve the change'}
              </Button>
              <Button onClick={() => setConfirming(false)} disabled={busy !== undefined}>
                Cancel
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {error && <ErrorNotice error={error} title={error.status === 404 || error.status === 409 ? 'Already decided or lapsed' : undefined} />}
    </li>
  );
}

/**
 * Changes that widen who can see concerns wait for a second person: what each
 * would do, who asked and when, when it lapses; a DSL who did not ask approves
 * or rejects it. From the access report, so admins and DSLs both see it.
 */
export function PendingChangesSection({ pending, onDecided }: { pending: PendingAccessChange[]; onDecided(): void }) {
  const lists = useListStyles();
  const [outcome, setOutcome] = useState<Outcome>();
  return (
    <Section title="Access changes waiting for a second DSL">
      {outcome?.decision === 'approve' && <Success title="Change approved">{`${outcome.what} It applies now.`}</Success>}
      {outcome?.decision === 'reject' && <Success title="Change rejected">{`Nothing changed. The person who asked has to ask again if it is still needed.`}</Success>}
      {pending.length === 0 ? (
        <Text className={lists.empty}>No access change is waiting for approval.</Text>
      ) : (
        <>
          <Text>A change that lets more people see concerns takes effect only when a DSL other than the person who asked approves it.</Text>
          <ul className={lists.list} aria-label="Access changes waiting for a second DSL">
            {pending.map((p) => (
              <ChangeItem
                key={p.id}
                change={p}
                onDecided={(o) => {
                  setOutcome(o);
                  onDecided();
                }}
              />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/** Shown to the admin right after saving a change that waits for a second person (the API answered 202). */
export function PendingSavedNotice() {
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Waiting for a second DSL</MessageBarTitle>
        This change lets more people see concerns, so it takes effect only when a DSL other than you approves it. It is listed under
        “Access changes waiting for a second DSL”; every DSL is told in Teams.
      </MessageBarBody>
    </MessageBar>
  );
}
