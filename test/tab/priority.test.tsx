import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { TriagePanel } from '../../src/tab/pages/home/TriagePanel.js';
import { concern, dashboard, dslCan } from './support/data.js';
import { renderSignedIn } from './support/render.js';

describe('priority at triage in the tab', () => {
  it('asks for a reason when a priority is chosen, then sends it with the decision', async () => {
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      routes: { 'GET /api/concerns/c-1': { body: concern({ can: dslCan }), etag: '"v1"' }, 'PATCH /api/concerns/c-1': { body: concern({ status: 'triaged', can: dslCan }), etag: '"v2"' } },
    });
    const form = await screen.findByRole('form', { name: 'Triage this concern' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Decision/ }), 'monitor');
    await userEvent.type(within(form).getByRole('textbox', { name: /Reasons for the decision/ }), 'Keep watching.');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Priority/ }), 'red');
    await userEvent.click(within(form).getByRole('button', { name: 'Record triage' }));
    expect(await screen.findByText('Say why this priority.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    await userEvent.type(within(form).getByRole('textbox', { name: /Reason for the priority/ }), 'Disclosure of harm.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record triage' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ op: 'triage', decision: 'monitor', reasons: 'Keep watching.', priority: { level: 'red', reason: 'Disclosure of harm.' } }));
  });

  it('shows the priority in words on a triaged concern', async () => {
    const c = concern({ status: 'triaged', triage: { decision: 'monitor', reasons: 'Watch.', by: { oid: 'o', name: 'Alex Morgan' }, at: '2026-11-21T10:00:00Z' }, priority: { level: 'amber', reason: 'Third late mark.', by: { oid: 'o', name: 'Alex Morgan' }, at: '2026-11-21T10:00:00Z' } });
    renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { body: c, etag: '"v2"' } } });
    expect(await screen.findByText('Amber — act this week — Third late mark.')).toBeInTheDocument();
    expect(screen.queryByText(/\bamber\b/)).toBeNull();
  });

  it('marks priority on the triage queue in words', () => {
    const d = dashboard();
    const item = { ...d.triage.items[0]!, priority: { level: 'red' as const, reason: 'Disclosure.' } };
    renderSignedIn(<TriagePanel triage={{ total: 1, items: [item] }} />);
    expect(screen.getByText('Priority: Red')).toBeInTheDocument();
  });
});

describe('a priority set before the triage decision', () => {
  it('is shown in words with who set it', async () => {
    const c = concern({ priority: { level: 'red', reason: 'Disclosure.', by: { oid: 'o', name: 'Alex Morgan' }, at: '2026-11-21T10:00:00Z' } });
    renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { body: c, etag: '"v2"' } } });
    expect(await screen.findByText('Red — act today — Disclosure.')).toBeInTheDocument();
    expect(screen.getByText(/^Alex Morgan, /)).toBeInTheDocument();
  });
});
