import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Persona } from '../auth/dev-sign-in.js';
import { Loading } from '../components/Notices.js';
import { PageTitle } from '../components/Text.js';
import { SIGN_IN_ADVICE, type SignInProblem } from '../auth/sign-in-problems.js';

const useStyles = makeStyles({
  page: { maxWidth: '40rem', margin: '0 auto', padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  persona: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
});

export function Starting() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Loading label="Signing you in…" />
    </main>
  );
}

/** Local mode only: choose a demo persona (the server offers this on loopback in local mode). */
export function PersonaPicker({ personas, problem, onChoose }: { personas: Persona[]; problem?: string; onChoose(key: string): void }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <PageTitle>Sign in to Lantern (local demo)</PageTitle>
      <Text as="p" block>
        Outside Teams, local mode signs you in as one of the demo school&apos;s people. Choose who to be:
      </Text>
      {problem && <Text role="alert">{problem}</Text>}
      <ul className={styles.list}>
        {personas.map((p) => (
          <li key={p.key}>
            <Button className={styles.persona} onClick={() => onChoose(p.key)}>
              {p.name} — {p.description}
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}

export function NeedsTeams() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <PageTitle>Open Lantern in Microsoft Teams</PageTitle>
      <Text as="p" block>
        Lantern signs you in through Microsoft Teams. Open the Lantern app in Teams, Outlook or the Microsoft 365 app.
      </Text>
    </main>
  );
}

/** What went wrong signing in and what to do about it (src/tab/auth/sign-in-problems.ts). */
export function SignInFailed({ problem, detail, onSwitch }: { problem: SignInProblem; detail?: string; onSwitch?: () => void }) {
  const styles = useStyles();
  const advice = SIGN_IN_ADVICE[problem];
  return (
    <main className={styles.page}>
      <PageTitle>{advice.title}</PageTitle>
      <div role="alert">
        <Text as="p" block>
          {advice.what}
        </Text>
        {detail && detail !== advice.what && (
          <Text as="p" block>
            {detail}
          </Text>
        )}
        <Text as="p" block weight="semibold">
          {advice.todo}
        </Text>
      </div>
      {onSwitch ? (
        <Button onClick={onSwitch}>Choose another persona</Button>
      ) : (
        <Link href="./">Try again</Link>
      )}
    </main>
  );
}
