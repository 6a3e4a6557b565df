import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/tab/app/App.js';
import { dashboard, ME } from './support/data.js';
import { fakeFetch, type FakeReply } from './support/fake-api.js';

const teams = vi.hoisted(() => ({
  app: {
    initialize: vi.fn(async () => undefined),
    getContext: vi.fn(async () => ({ app: { theme: 'dark' }, page: { subPageId: 'concerns/c-1' } })),
    notifySuccess: vi.fn(),
    registerOnThemeChangeHandler: vi.fn(),
  },
  authentication: { getAuthToken: vi.fn(async () => 'teams-sso-token') },
}));
vi.mock('@microsoft/teams-js', () => teams);

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln';
const PERSONAS = { body: { items: [{ key: 'dsl', name: 'Alex Morgan', description: 'Designated Safeguarding Lead' }, { key: 'teacher', name: 'Jo Bennett', description: 'Class teacher' }] } };

function serve(routes: Record<string, FakeReply>) {
  const { fetch, calls } = fakeFetch({
    'GET /dev-idp/personas': PERSONAS,
    'GET /dev-idp/token': { body: { token: TOKEN, persona: 'dsl' } },
    'GET /api/me': { body: ME.dsl },
    'GET /api/dashboard': { body: dashboard() },
    'GET /api/concerns/c-1': { status: 404, body: { error: { code: 'not_found', message: 'Concern was not found.' } } },
    ...routes,
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

const stored = () => [...Object.values({ ...localStorage }), ...Object.values({ ...sessionStorage })].join(' ');

beforeEach(() => window.history.replaceState(null, '', '/tab/'));
afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { nativeInterface?: unknown }).nativeInterface;
});

describe('signing in', () => {
  it('local mode: ?persona= signs in directly; the token stays in memory, only the persona key is stored', async () => {
    window.history.replaceState(null, '', '/tab/?persona=dsl');
    const calls = serve({ 'GET /tab/config.json': { body: { mode: 'local', personaPicker: true } } });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Safeguarding dashboard' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/me')!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem('lantern.persona')).toBe('dsl');
    expect(stored()).not.toContain(TOKEN);
    expect(window.location.href).not.toContain(TOKEN);
  });

  it('local mode without a persona: the picker, then the chosen persona', async () => {
    serve({ 'GET /tab/config.json': { body: { mode: 'local', personaPicker: true } }, 'GET /api/me': { body: ME.teacher }, 'GET /api/me/concerns': { body: { items: [] } } });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: /Jo Bennett/ }));
    expect(await screen.findByRole('heading', { name: 'My concerns' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch persona' })).toBeInTheDocument();
  });

  it('production outside Teams: no picker, no persona parameter, no dev tokens', async () => {
    window.history.replaceState(null, '', '/tab/?persona=dsl');
    const calls = serve({ 'GET /tab/config.json': { body: { mode: 'production', personaPicker: false } } });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Open Lantern in Microsoft Teams' })).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/dev-idp'))).toBe(false);
    expect(calls.some((c) => c.path.startsWith('/api/'))).toBe(false);
  });

  it('in Teams: SSO token, the Teams theme, and the deep link opens its page', async () => {
    (window as { nativeInterface?: unknown }).nativeInterface = {};
    const calls = serve({});
    render(<App />);
    // The concern page loads lazily: on a loaded machine it takes longer than findByText's default second.
    await waitFor(() => expect(window.location.hash).toBe('#/concerns/c-1'), { timeout: 10_000 });
    expect(await screen.findByText('Concern was not found.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/me')!.headers.authorization).toBe('Bearer teams-sso-token');
    expect(calls.some((c) => c.path.startsWith('/tab/config.json') || c.path.startsWith('/dev-idp'))).toBe(false);
    expect(teams.app.registerOnThemeChangeHandler).toHaveBeenCalled();
  });

  it('someone in no Lantern group is told why', async () => {
    window.history.replaceState(null, '', '/tab/?persona=dsl');
    serve({ 'GET /tab/config.json': { body: { mode: 'local', personaPicker: true } }, 'GET /api/me': { status: 403, body: { error: { code: 'forbidden', message: 'You are not in any Lantern group for this school.' } } } });
    render(<App />);
    expect(await screen.findByText('You are not in any Lantern group for this school.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose another persona' })).toBeInTheDocument();
  });
});

describe('sign-in failures say what happened and what to do', () => {
  const inTeams = () => ((window as { nativeInterface?: unknown }).nativeInterface = {});
  const refusal = (status: number, code: string, reason: string, message: string) => ({ status, body: { error: { code, reason, message, correlationId: 'c-1' } } });
  const expectAdvice = async (title: string, todo: RegExp) => {
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(todo);
    expect(document.body.textContent).not.toMatch(/AADSTS|resourceRequiresConsent|_set_up|other_tenant|no_lantern_role|correlation/i);
  };

  it('consent needed: Teams SSO asks for consent', async () => {
    inTeams();
    teams.authentication.getAuthToken.mockRejectedValueOnce(new Error('resourceRequiresConsent'));
    const calls = serve({});
    render(<App />);
    await expectAdvice('Lantern needs your permission', /accept the permissions request.*IT administrator to grant consent/);
    expect(calls.some((c) => c.path.startsWith('/api/'))).toBe(false);
    expect(screen.getByRole('link', { name: 'Try again' })).toBeInTheDocument();
  });

  it("account outside the school's tenant: Entra refuses the guest or personal account", async () => {
    inTeams();
    teams.authentication.getAuthToken.mockRejectedValueOnce('AADSTS50020: User account from identity provider does not exist in tenant');
    serve({});
    render(<App />);
    await expectAdvice("This account is not from your school's organisation", /Switch Teams to your school account/);
  });

  it("account outside the school's tenant: the API refuses a token from another organisation", async () => {
    inTeams();
    serve({ 'GET /api/me': refusal(401, 'unauthenticated', 'other_tenant', 'The token belongs to another organisation') });
    render(<App />);
    await expectAdvice("This account is not from your school's organisation", /Switch Teams to your school account/);
  });

  it('Lantern not set up for this school', async () => {
    inTeams();
    serve({ 'GET /api/me': refusal(403, 'forbidden', 'school_not_set_up', 'Lantern is not set up for your school yet. Ask your IT administrator to finish setting it up.') });
    render(<App />);
    await expectAdvice('Lantern is not set up for your school yet', /Ask your IT administrator to finish setting Lantern up/);
  });

  it('signed in but in no Lantern group', async () => {
    inTeams();
    serve({ 'GET /api/me': refusal(403, 'forbidden', 'no_lantern_role', 'You are not in any Lantern group for this school. Ask your Lantern admin for access.') });
    render(<App />);
    await expectAdvice('You do not have access to Lantern', /Ask your Lantern admin or designated safeguarding lead/);
  });

  it('network: Lantern cannot be reached', async () => {
    inTeams();
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    render(<App />);
    await expectAdvice('Lantern could not be reached', /Check your internet connection/);
  });

  it('network: Teams sign-in itself cannot connect', async () => {
    inTeams();
    teams.authentication.getAuthToken.mockRejectedValueOnce(new Error('Network error: request timed out'));
    serve({});
    render(<App />);
    await expectAdvice('Lantern could not be reached', /Check your internet connection/);
  });
});
