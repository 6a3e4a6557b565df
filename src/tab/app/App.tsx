import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { SessionContext, type SessionState } from '../auth/session.js';
import { useSignIn } from '../auth/use-sign-in.js';
import { Pages } from './Pages.js';
import { hashFromSubPageId } from './routes.js';
import { NeedsTeams, PersonaPicker, SignInFailed, Starting } from './SignIn.js';
import { Shell } from './Shell.js';
import { useRoute } from './use-route.js';
import { useTheme } from './use-theme.js';

const hostOf = (s: SessionState) => ('host' in s ? s.host : undefined);

export function App() {
  const { state, choosePersona, switchPersona } = useSignIn();
  const { theme } = useTheme(hostOf(state));
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <Screen state={state} choosePersona={choosePersona} switchPersona={switchPersona} />
    </FluentProvider>
  );
}

function Screen({ state, choosePersona, switchPersona }: ReturnType<typeof useSignIn>) {
  switch (state.kind) {
    case 'starting':
      return <Starting />;
    case 'choose-persona':
      return <PersonaPicker personas={state.personas} problem={state.problem} onChoose={choosePersona} />;
    case 'needs-teams':
      return <NeedsTeams />;
    case 'failed':
      return <SignInFailed problem={state.problem} detail={state.detail} onSwitch={state.persona ? switchPersona : undefined} />;
    default:
      return <SignedIn session={state} switchPersona={state.persona ? switchPersona : undefined} />;
  }
}

function SignedIn({ session, switchPersona }: { session: Extract<SessionState, { kind: 'ready' }>; switchPersona?: () => void }) {
  const route = useRoute();
  const value = useMemo(() => ({ session, switchPersona }), [session, switchPersona]);
  useEffect(() => {
    // A Teams deep link (subEntityId) opens the page it names, unless the address already names one.
    const deepLink = hashFromSubPageId(session.host?.subPageId);
    if (deepLink && (window.location.hash === '' || window.location.hash === '#/')) window.location.hash = deepLink;
  }, [session.host]);
  return (
    <SessionContext.Provider value={value}>
      <Shell route={route}>
        <Pages route={route} />
      </Shell>
    </SessionContext.Provider>
  );
}
