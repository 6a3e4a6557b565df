import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MyActionsPage from '../../src/tab/pages/actions/MyActionsPage.js';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { concern, dslCan, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const CHRIS = { oid: 'oid-chris', name: 'Chris Evans' };
const action = (over = {}) => ({ id: 'a-1', description: 'Check in each morning', assignee: CHRIS, dueDate: '2026-12-10', done: false, ...over });

describe('actions on the concern page', () => {
  it('lets a DSL give an action to a colleague picked from the directory, sending only their id', async () => {
    const stored = concern({ can: dslCan });
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      routes: {
        'GET /api/concerns/c-1': { body: stored, etag: '"v1"' },
        'GET /api/staff': { body: { items: [CHRIS, { oid: 'oid-dsl', name: 'Alex Morgan' }] } },
        'POST /api/concerns/c-1/actions': { status: 201, body: stored, etag: '"v2"' },
      },
    });
    const form = await screen.findByRole('form', { name: 'Add an action' });
    await userEvent.type(within(form).getByRole('textbox', { name: /New action/ }), 'Check in each morning');
    const picker = within(form).getByRole('combobox', { name: /Assign to/ });
    await userEvent.clear(picker);
    await userEvent.type(picker, 'Chr');
    await userEvent.click(await screen.findByRole('option', { name: 'Chris Evans' }));
    await userEvent.type(within(form).getByLabelText(/Due date/), '2030-12-10');
    await userEvent.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')).toBeDefined());
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      headers: { 'if-match': '"v1"' }, body: { description: 'Check in each morning', assigneeOid: 'oid-chris', dueDate: '2030-12-10' },
    });
  });

  it('offers the assignee Mark done with a note, and nothing else', async () => {
    const me = { ...ME.teacher, oid: 'oid-chris', name: 'Chris Evans' };
    const stored = concern({ status: 'triaged', actions: [action()] });
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      me,
      routes: { 'GET /api/concerns/c-1': { body: stored, etag: '"v1"' }, 'POST /api/concerns/c-1/actions/a-1/done': { body: stored, etag: '"v2"' } },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark "Check in each morning" done' }));
    expect(screen.queryByRole('button', { name: 'Reassign' })).not.toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Mark "Check in each morning" done' });
    await userEvent.type(within(form).getByRole('textbox'), 'Saw her daily.');
    await userEvent.click(within(form).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ note: 'Saw her daily.' }));
  });

  it('asks before closing a concern with open actions, listing them, and closes when confirmed', async () => {
    const stored = concern({ status: 'triaged', actions: [action()], can: { ...dslCan, triage: false, close: true } });
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      routes: {
        'GET /api/concerns/c-1': { body: stored, etag: '"v1"' },
        'GET /api/staff': { body: { items: [] } },
        'PATCH /api/concerns/c-1': (call) => ((call.body as { confirmOpenActions?: boolean }).confirmOpenActions
          ? { body: { ...stored, status: 'closed' }, etag: '"v2"' }
          : { status: 409, body: { error: { code: 'invalid_state', message: 'This concern has 1 open action.', problems: [{ path: 'actions.a-1', message: 'Check in each morning — Chris Evans, due 10 Dec 2026' }] } } }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Close this concern' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Outcome/ }), 'Resolved');
    await userEvent.type(within(form).getByRole('textbox', { name: /Summary/ }), 'Family engaged.');
    await userEvent.click(within(form).getByRole('button', { name: 'Close concern' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'This concern has an open action' });
    expect(within(dialog).getByText('Check in each morning — Chris Evans, due 10 Dec 2026')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toMatchObject({ op: 'close', confirmOpenActions: true }));
  });
});

describe('My actions', () => {
  it('lists my actions with their concern and marks one done', async () => {
    const item = { concernId: 'c-1', concernRef: 'C-ABC234', concernStatus: 'triaged', action: action(), overdue: true };
    const { calls } = renderSignedIn(<MyActionsPage />, {
      me: ME.teacher,
      routes: {
        'GET /api/me/actions': { body: { items: [item] } },
        'POST /api/concerns/c-1/actions/a-1/done': { body: { actions: [action({ done: true, doneAt: '2026-12-11T09:00:00Z', doneNote: 'Done daily.' })] } },
      },
    });
    expect(await screen.findByText(/Overdue since .*10 Dec 2026/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Concern C-ABC234' })).toHaveAttribute('href', '#/concerns/c-1');
    await userEvent.click(screen.getByRole('button', { name: 'Mark "Check in each morning" done' }));
    await userEvent.type(screen.getByRole('textbox'), 'Done daily.');
    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    expect(await screen.findByText(/^Done .*: Done daily\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark "Check in each morning" done' })).not.toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ note: 'Done daily.' });
  });
});
