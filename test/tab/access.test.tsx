import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccessView } from '../../src/tab/api/types.js';
import AccessPage from '../../src/tab/pages/access/AccessPage.js';
import { ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const STAFF = '11111111-1111-1111-1111-111111111111';
const DSL = '22222222-2222-2222-2222-222222222222';
const ADMIN = '33333333-3333-3333-3333-333333333333';
const SENCO = '44444444-4444-4444-4444-444444444444';
const HEADS = '55555555-5555-5555-5555-555555555555';

function view(overrides: Partial<AccessView> = {}): AccessView {
  return {
    version: 1,
    config: { staffGroups: [STAFF], dslGroups: [DSL], adminGroups: [ADMIN], escalationGroups: [], categoryReaders: [{ groupId: SENCO, label: 'SENCO', categories: ['send'] }], rosterSource: null },
    categories: [
      { id: 'welfare', name: 'Welfare' },
      { id: 'send', name: 'SEND' },
    ],
    groups: [
      { id: STAFF, name: 'All staff' },
      { id: DSL, name: 'Safeguarding team' },
    ],
    history: [{ version: 1, changedBy: { oid: 'oid-admin', name: 'Taylor Reed' }, changedAt: '2026-11-01T10:00:00Z', changes: [{ field: 'dslGroups', before: [], after: [DSL] }] }],
    ...overrides,
  };
}

const report = {
  generatedAt: '2026-11-27T10:00:00Z',
  school: { id: 's', name: 'Demo Primary' },
  groups: [{ groupId: SENCO, routes: [], unavailable: 'Microsoft Graph is not configured, so group members cannot be listed.' }],
  people: [{ oid: 'o1', name: 'Alex <b>Morgan</b>', roles: ['staff', 'dsl'], readableCategories: [], routes: [{ groupId: DSL, kind: 'dsl', groupName: 'Safeguarding team' }], sees: ['Every concern in the school'] }],
};

afterEach(() => vi.restoreAllMocks());

describe('access page', () => {
  it('shows an admin the mapping with group names, the history and the report', async () => {
    renderSignedIn(<AccessPage />, { me: ME.admin, routes: { 'GET /api/access-config': { body: view(), etag: '"a1"' }, 'GET /api/access-report': { body: report } } });
    const dsl = await screen.findByRole('list', { name: 'DSL groups' });
    expect(dsl).toHaveTextContent('Safeguarding team');
    expect(dsl).not.toHaveTextContent(DSL); // names, never ids
    expect(screen.getByRole('list', { name: 'Category readers' })).toHaveTextContent('A group Lantern cannot name (ask IT)');
    expect(screen.getByRole('checkbox', { name: 'SEND' })).toBeChecked();
    expect(screen.getByRole('list', { name: 'Changes, newest first' })).toHaveTextContent('Version 1: Taylor Reed');
    const table = await screen.findByRole('table', { name: 'Who can see what' });
    expect(table).toHaveTextContent('Alex <b>Morgan</b>');
    expect(table.querySelector('b')).toBeNull();
    expect(screen.getByText(/Microsoft Graph is not configured/)).toBeInTheDocument();
  });

  it('shows a DSL only the report', async () => {
    const { calls } = renderSignedIn(<AccessPage />, { me: ME.dsl, routes: { 'GET /api/access-report': { body: report } } });
    expect(await screen.findByRole('table', { name: 'Who can see what' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Access mapping' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/access-config')).toBe(false);
  });

  it('adds a group by search, one by pasted id, removes one, and saves with If-Match', async () => {
    let stored = view();
    const { calls } = renderSignedIn(<AccessPage />, {
      me: ME.admin,
      routes: {
        'GET /api/access-config': () => ({ body: stored, etag: `"a${stored.version}"` }),
        'GET /api/access-report': { body: report },
        'GET /api/access-config/groups': { body: { items: [{ id: HEADS.toUpperCase(), name: 'Heads' }] } },
        'PATCH /api/access-config': (call) => ((stored = view({ version: 2, config: { ...(call.body as AccessView['config']), rosterSource: null } })), { body: stored, etag: '"a2"' }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Access mapping' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Add a group to Escalation groups/ }), 'Hea');
    await userEvent.click(await within(form).findByRole('button', { name: 'Add Heads' }));
    expect(within(form).getByRole('list', { name: 'Escalation groups' })).toHaveTextContent('Heads');
    await userEvent.type(within(form).getByRole('textbox', { name: /Add a group to Staff groups/ }), '66666666-6666-6666-6666-666666666666');
    await userEvent.click(within(form).getByRole('button', { name: 'Add this id' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Remove Safeguarding team from DSL groups' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Welfare' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save access' }));
    expect(await screen.findByText('Access saved')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.headers['if-match']).toBe('"a1"');
    expect(patch?.body).toEqual({
      staffGroups: [STAFF, '66666666-6666-6666-6666-666666666666'],
      dslGroups: [],
      adminGroups: [ADMIN],
      escalationGroups: [HEADS],
      categoryReaders: [{ groupId: SENCO, label: 'SENCO', categories: ['send', 'welfare'] }],
    });
    expect(calls.some((c) => c.path === '/api/access-config/groups?search=Hea')).toBe(true);
  });

  it('says when the group search cannot answer, and still takes a pasted id', async () => {
    renderSignedIn(<AccessPage />, {
      me: ME.admin,
      routes: {
        'GET /api/access-config': { body: view(), etag: '"a1"' },
        'GET /api/access-report': { body: report },
        'GET /api/access-config/groups': { body: { items: [], unavailable: 'Microsoft Graph is not configured, so groups cannot be searched. Paste the group object id instead.' } },
      },
    });
    const form = await screen.findByRole('form', { name: 'Access mapping' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Add a group to Admin groups/ }), 'Office');
    expect(await within(form).findByText(/groups cannot be searched/)).toBeInTheDocument();
  });

  it('shows the API\'s problems when it refuses, and who changed it on a conflict', async () => {
    let stored = view();
    let reply: 'invalid' | 'conflict' = 'invalid';
    renderSignedIn(<AccessPage />, {
      me: ME.admin,
      routes: {
        'GET /api/access-config': () => ({ body: stored, etag: `"a${stored.version}"` }),
        'GET /api/access-report': { body: report },
        'PATCH /api/access-config': () => {
          if (reply === 'invalid') return { status: 422, body: { error: { code: 'invalid_input', message: 'Check the mapping.', problems: [{ path: 'adminGroups', message: 'name at least one admin group, or nobody could change access again' }] } } };
          stored = view({ version: 2, config: { ...view().config, staffGroups: [] } });
          return { status: 412, body: { error: { code: 'version_conflict', message: 'Sam Patel changed the access configuration after you opened it.' } } };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Access mapping' });
    await userEvent.click(within(form).getByRole('button', { name: 'Remove A group Lantern cannot name (ask IT) from Admin groups' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save access' }));
    expect((await screen.findAllByText(/nobody could change access again/)).length).toBeGreaterThan(0);
    reply = 'conflict';
    await userEvent.click(within(form).getByRole('button', { name: 'Save access' }));
    const alert = await screen.findByText(/Sam Patel changed the access configuration/);
    expect(alert).toHaveTextContent('your changes were not saved');
    await waitFor(() => expect(screen.getByRole('list', { name: 'Staff groups' })).not.toHaveTextContent(STAFF));
  });

  it('downloads the CSV as a file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (created.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('lantern-access-2026-11-27.csv');
    });
    const { calls } = renderSignedIn(<AccessPage />, {
      me: ME.dsl,
      routes: {
        'GET /api/access-report': (call) => (call.path.endsWith('format=csv') ? { body: { fileName: 'lantern-access-2026-11-27.csv', contentType: 'text/csv', csv: 'name,roles\nAlex,dsl\n' } } : { body: report }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(calls.some((c) => c.path === '/api/access-report?format=csv')).toBe(true);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(text).toBe('name,roles\nAlex,dsl\n');
    expect(created[0]!.type).toBe('text/csv');
  });
});
