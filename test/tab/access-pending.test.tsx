import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccessReport, AccessView, PendingAccessChange } from '../../src/tab/api/types.js';
import AccessPage from '../../src/tab/pages/access/AccessPage.js';
import { describeChange } from '../../src/tab/pages/access/PendingChangesSection.js';
import { ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

/** The two-person rule in the tab: pending access changes in words; a DSL other than the one who asked decides. */
const DSL_GROUP = '22222222-2222-2222-2222-222222222222';
const ADMIN_GROUP = '33333333-3333-3333-3333-333333333333';
const IN_SIX_DAYS = new Date(Date.now() + 6 * 86_400_000 + 3_600_000).toISOString();

const change = (overrides: Partial<PendingAccessChange> = {}): PendingAccessChange => ({
  id: 'access-change-7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e1f3a4b',
  summary: ['add the group “Lantern admins” to the DSL groups'],
  requestedBy: { name: 'Taylor Reed' },
  requestedAt: '2026-12-04T09:15:00Z',
  expiresAt: IN_SIX_DAYS,
  askedByYou: false,
  canDecide: true,
  ...overrides,
});

const report = (pending: PendingAccessChange[]): AccessReport => ({
  generatedAt: '2026-12-05T10:00:00Z',
  school: { id: 's', name: 'Demo Primary' },
  groups: [],
  people: [{ oid: 'o1', name: 'Alex Morgan', roles: ['staff', 'dsl'], readableCategories: [], routes: [{ groupId: DSL_GROUP, kind: 'dsl', groupName: 'Safeguarding team' }], sees: ['Every concern in the school'] }],
  pending,
});

const view = (): AccessView => ({
  version: 1,
  config: { staffGroups: [], dslGroups: [DSL_GROUP], adminGroups: [ADMIN_GROUP], escalationGroups: [], categoryReaders: [], rosterSource: null },
  categories: [],
  groups: [{ id: DSL_GROUP, name: 'Safeguarding team' }, { id: ADMIN_GROUP, name: 'Lantern admins' }],
  history: [],
});

/** Nothing a person reads may be an id, a GUID or an ISO timestamp. */
function expectNoIds(el: HTMLElement) {
  expect(el.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|access-change-|\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}:\d{2}/i);
}

const pendingRegion = () => screen.findByRole('region', { name: 'Access changes waiting for a second DSL' });

describe('pending access changes on the access page', () => {
  it('shows a DSL what would change, who asked, when, when it lapses, and lets them approve after confirming', async () => {
    let pending = [change()];
    const { calls } = renderSignedIn(<AccessPage />, {
      me: ME.dsl,
      routes: {
        'GET /api/access-report': () => ({ body: report(pending) }),
        'POST /api/access-config/pending/access-change-7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e1f3a4b/approve': () => ((pending = []), { body: { decision: 'approved', summary: [], requestedBy: 'Taylor Reed' } }),
      },
    });
    const region = await pendingRegion();
    const item = within(region).getByRole('list', { name: 'Access changes waiting for a second DSL' });
    expect(item).toHaveTextContent('Add the group “Lantern admins” to the DSL groups.');
    expect(item).toHaveTextContent('Asked by Taylor Reed on 4 Dec 2026, 09:15.');
    expect(item).toHaveTextContent(/Lapses on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(in 6 days\)/);
    expectNoIds(region);

    await userEvent.click(within(region).getByRole('button', { name: 'Approve…' }));
    expect(within(region).getByText('Approve this change?')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false); // nothing sent before confirming
    await userEvent.click(within(region).getByRole('button', { name: 'Approve the change' }));
    expect(await within(region).findByText('Change approved')).toBeInTheDocument();
    expect(region).toHaveTextContent('It applies now.');
    await waitFor(() => expect(within(region).getByText('No access change is waiting for approval.')).toBeInTheDocument());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/access-config/pending/access-change-7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e1f3a4b/approve');
    expect(calls.filter((c) => c.path === '/api/access-report')).toHaveLength(2); // reloaded after deciding
  });

  it('lets a DSL reject, and cancel an approval before it is sent', async () => {
    let pending = [change()];
    const { calls } = renderSignedIn(<AccessPage />, {
      me: ME.dsl,
      routes: {
        'GET /api/access-report': () => ({ body: report(pending) }),
        'POST /api/access-config/pending/access-change-7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e1f3a4b/reject': () => ((pending = []), { body: { decision: 'rejected' } }),
      },
    });
    const region = await pendingRegion();
    await userEvent.click(within(region).getByRole('button', { name: 'Approve…' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Reject' }));
    expect(await within(region).findByText('Change rejected')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/access-config/pending/access-change-7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e1f3a4b/reject']);
  });

  it('shows the DSL who asked that it waits for another DSL, with no buttons', async () => {
    renderSignedIn(<AccessPage />, { me: ME.dsl, routes: { 'GET /api/access-report': { body: report([change({ askedByYou: true, canDecide: false, requestedBy: { name: 'Alex Morgan' } })]) } } });
    const region = await pendingRegion();
    expect(region).toHaveTextContent('You asked for this change, so it is waiting for another DSL to approve or reject it.');
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('shows an admin (not a DSL) the change as waiting for a DSL, with no buttons', async () => {
    renderSignedIn(<AccessPage />, {
      me: ME.admin,
      routes: { 'GET /api/access-config': { body: view(), etag: '"a1"' }, 'GET /api/access-report': { body: report([change({ askedByYou: false, canDecide: false, requestedBy: { name: 'Robin Dual' } })]) } },
    });
    const region = await pendingRegion();
    expect(region).toHaveTextContent('Waiting for a DSL other than Robin Dual to approve or reject it. Only a DSL can decide.');
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('tells the admin a saved widening change waits for a second DSL (202), and lists it', async () => {
    let pending: PendingAccessChange[] = [];
    renderSignedIn(<AccessPage />, {
      me: ME.admin,
      routes: {
        'GET /api/access-config': { body: view(), etag: '"a1"' },
        'GET /api/access-report': () => ({ body: report(pending) }),
        'PATCH /api/access-config': () => {
          pending = [change({ askedByYou: true, canDecide: false })];
          return { status: 202, body: { ...view(), pendingApproval: true }, etag: '"a1"' };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Access mapping' });
    expect(await within(await pendingRegion()).findByText('No access change is waiting for approval.')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Save access' }));
    expect(await screen.findByText('Waiting for a second DSL')).toBeInTheDocument();
    expect(screen.queryByText('Access saved')).toBeNull();
    const region = await pendingRegion();
    await waitFor(() => expect(region).toHaveTextContent('You asked for this change'));
  });

  it('says so when the change was decided meanwhile or lapsed (409), and keeps the page', async () => {
    renderSignedIn(<AccessPage />, {
      me: ME.dsl,
      routes: {
        'GET /api/access-report': { body: report([change()]) },
        'POST /api/access-config/pending/access-change-7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e1f3a4b/reject': {
          status: 409,
          body: { error: { code: 'invalid_state', message: 'This access change lapsed after 7 days without a decision. Ask for it again if it is still needed.' } },
        },
      },
    });
    const region = await pendingRegion();
    await userEvent.click(within(region).getByRole('button', { name: 'Reject' }));
    expect(await within(region).findByText('Already decided or lapsed')).toBeInTheDocument();
    expect(region).toHaveTextContent('lapsed after 7 days');
    expectNoIds(region);
  });

  it('joins several effects into one sentence', () => {
    expect(describeChange(['add the group “A” to the DSL groups', 'let the group “B” read SEND'])).toBe('Add the group “A” to the DSL groups and let the group “B” read SEND.');
    expect(describeChange(['a', 'b', 'c'])).toBe('A; b and c.');
  });
});
