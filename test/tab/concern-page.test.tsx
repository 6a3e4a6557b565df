import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { concern, dslCan, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const page = (c = concern(), me = ME.dsl, extra = {}) =>
  renderSignedIn(<ConcernPage id="c-1" />, { me, routes: { 'GET /api/concerns/c-1': { body: c, etag: '"v1"' }, ...extra } });

describe('concern page', () => {
  it('shows everything recorded, with each child\'s own role', async () => {
    page();
    expect(await screen.findByRole('heading', { name: 'Concern C-ABC234' })).toBeInTheDocument();
    expect(screen.getByText('Arrived without a coat and said he was hungry.')).toBeInTheDocument();
    expect(screen.getByText('(Subject)', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('(Witness)', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('No — Waiting for DSL advice.')).toBeInTheDocument();
    expect(screen.getByText('Mrs Nguyen (Mother)')).toBeInTheDocument();
  });

  it('offers no follow-up forms when the API says the caller may not act', async () => {
    page(concern(), ME.teacher);
    await screen.findByRole('heading', { name: 'Concern C-ABC234' });
    expect(screen.queryByRole('form', { name: 'Triage this concern' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Close this concern' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add an action' })).not.toBeInTheDocument();
  });

  it('offers triage and actions to a DSL on a new concern, but not closure', async () => {
    page(concern({ can: dslCan }));
    expect(await screen.findByRole('form', { name: 'Triage this concern' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Add an action' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Close this concern' })).not.toBeInTheDocument();
  });

  it('triages with If-Match and shows the result', async () => {
    const triaged = concern({ status: 'triaged', triage: { decision: 'monitor', reasons: 'Keep watching.', by: { oid: 'oid-dsl', name: 'Alex Morgan' }, at: '2026-11-21T10:00:00Z' }, can: { ...dslCan, triage: false, close: true } });
    let stored = concern({ can: dslCan });
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      routes: {
        'GET /api/concerns/c-1': () => ({ body: stored, etag: stored.status === 'new' ? '"v1"' : '"v2"' }),
        'PATCH /api/concerns/c-1': () => ((stored = triaged), { body: triaged, etag: '"v2"' }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Triage this concern' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Decision/ }), 'monitor');
    await userEvent.type(within(form).getByRole('textbox', { name: /Reasons/ }), 'Keep watching.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record triage' }));
    expect(await screen.findByText('Keep watching.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ headers: { 'if-match': '"v1"' }, body: { op: 'triage', decision: 'monitor', reasons: 'Keep watching.' } });
    expect(screen.getByRole('form', { name: 'Close this concern' })).toBeInTheDocument();
  });

  it('will not close without both the outcome and the summary', async () => {
    const { calls } = page(concern({ status: 'triaged', can: { ...dslCan, triage: false, close: true } }));
    const form = await screen.findByRole('form', { name: 'Close this concern' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Outcome/ }), 'Resolved with family');
    await userEvent.click(within(form).getByRole('button', { name: 'Close concern' }));
    expect(await within(form).findByText('Summarise how it was resolved.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('shows the other person\'s change on a conflict and keeps what was typed', async () => {
    const theirs = concern({
      version: 2,
      status: 'triaged',
      triage: { decision: 'early-help', reasons: 'Refer to early help.', by: { oid: 'oid-deputy', name: 'Sam Patel' }, at: '2026-11-21T10:00:00Z' },
      can: { ...dslCan, triage: false, close: true },
      history: [{ version: 2, changedBy: { oid: 'oid-deputy', name: 'Sam Patel' }, changedAt: '2026-11-21T10:00:00Z', changes: [{ field: 'status', before: 'new', after: 'triaged' }] }],
    });
    let stored = concern({ status: 'triaged', can: { ...dslCan, triage: false, close: true } });
    renderSignedIn(<ConcernPage id="c-1" />, {
      routes: {
        'GET /api/concerns/c-1': () => ({ body: stored, etag: stored.version === 1 ? '"v1"' : '"v2"' }),
        'PATCH /api/concerns/c-1': () => ((stored = theirs), { status: 412, body: { error: { code: 'version_conflict', message: 'Sam Patel changed this concern.' } } }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Close this concern' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Outcome/ }), 'My outcome');
    await userEvent.type(within(form).getByRole('textbox', { name: /Summary/ }), 'My summary');
    await userEvent.click(within(form).getByRole('button', { name: 'Close concern' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sam Patel changed status');
    expect(alert).toHaveTextContent('yours was not saved');
    await waitFor(() => expect(screen.getByText('Refer to early help.')).toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: /Outcome/ })).toHaveValue('My outcome');
  });

  it('lists the version history with who changed what', async () => {
    page(concern({ history: [{ version: 2, changedBy: { oid: 'x', name: 'Sam Patel' }, changedAt: '2026-11-21T10:00:00Z', changes: [{ field: 'location', before: 'Hall', after: 'Library' }] }] }));
    const history = await screen.findByRole('list', { name: 'Changes, newest first' });
    expect(history).toHaveTextContent('Version 2: Sam Patel');
    expect(history).toHaveTextContent('location: Hall → Library');
  });

  it('says not found for a concern the caller may not see', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { status: 404, body: { error: { code: 'not_found', message: 'Concern was not found. Check the reference, or ask your DSL.' } } } } });
    expect(await screen.findByText('Concern was not found. Check the reference, or ask your DSL.')).toBeInTheDocument();
    expect(screen.queryByText('Arrived without a coat')).not.toBeInTheDocument();
  });
});
