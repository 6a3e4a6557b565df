import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Me } from '../../../src/tab/api/types.js';
import { SessionContext } from '../../../src/tab/auth/session.js';
import { fakeApi, type FakeReply, type FakeRoute } from './fake-api.js';
import { ME } from './data.js';

/** Renders part of the tab inside a signed-in session whose API answers from `routes`. */
export function renderSignedIn(ui: ReactElement, { me = ME.dsl, routes = {} }: { me?: Me; routes?: Record<string, FakeRoute | FakeReply> } = {}) {
  const { api, calls } = fakeApi({ 'GET /api/children': { body: { items: [] } }, ...routes });
  const value = { session: { kind: 'ready' as const, api, me } };
  const result = render(
    <FluentProvider theme={teamsLightTheme}>
      <SessionContext.Provider value={value}>{ui}</SessionContext.Provider>
    </FluentProvider>,
  );
  return { ...result, calls };
}
