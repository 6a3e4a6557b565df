import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { href, parseRoute } from '../../src/tab/app/routes.js';
import AuditPage from '../../src/tab/pages/audit/AuditPage.js';
import type { AuditRow } from '../../src/tab/pages/audit/audit-types.js';
import { ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const row = (overrides: Partial<AuditRow>): AuditRow => ({
  id: 'audit-1', at: '2026-11-20T09:05:00Z', tid: 't', oid: 'oid-dsl', action: 'concern.read', recordType: 'concern', recordId: 'c-1',
  outcome: 'success', correlationId: 'corr-1', hash: 'h', ...overrides,
});

const DSL_ROWS = [
  row({ id: 'a3', action: 'chronology.read', recordType: 'child', recordId: 'child-008', recordRef: 'Harry Nguyen', oid: 'oid-dsl', name: 'Alex Morgan' }),
  row({ id: 'a2', action: 'concern.read', outcome: 'denied', oid: 'oid-teacher2', name: 'Chris Evans', recordRef: 'C-7K3QF9' }),
  row({ id: 'a1', action: 'concern.create', chain: { seq: 1, prev: 'genesis' }, oid: 'oid-teacher', name: 'Jo Bennett', recordRef: 'C-7K3QF9' }),
];
const PEOPLE = [{ oid: 'oid-dsl', name: 'Alex Morgan' }, { oid: 'oid-teacher', name: 'Jo Bennett' }, { oid: 'oid-teacher2', name: 'Chris Evans' }];
const ROSTER = { items: [{ id: 'child-008', name: 'Harry Nguyen', yearGroup: '1' }] };

afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

describe('audit trail page', () => {
  it('lists views, changes and refusals for a DSL in words, in a table with headers, linking the records', async () => {
    renderSignedIn(<AuditPage params={new URLSearchParams()} />, { me: ME.dsl, routes: { 'GET /api/audit-events': { body: { items: DSL_ROWS, people: PEOPLE } }, 'GET /api/children': { body: ROSTER } } });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['When', 'What happened', 'Outcome']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Chris Evans tried to view concern C-7K3QF9 and was refused');
    expect(rows[1]).toHaveTextContent('Refused');
    expect(table).not.toHaveTextContent(/concern\.read|oid-/);
    expect(within(rows[0]!).getByRole('link', { name: 'You viewed the chronology of Harry Nguyen' })).toHaveAttribute('href', '#/children/child-008');
    expect(within(rows[2]!).getByRole('link', { name: 'Jo Bennett logged concern C-7K3QF9' })).toHaveAttribute('href', '#/concerns/c-1');
    expect(screen.getByRole('region', { name: 'Audit events, scrollable' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('status')).toHaveTextContent('3 event(s) shown.');
  });

  it('applies the filters (child, outcome, dates on the school clock) through the address and the API', async () => {
    const { calls } = renderSignedIn(<AuditPage params={new URLSearchParams('childId=child-008&outcome=denied&from=2026-11-20&to=2026-11-20')} />, {
      me: ME.dsl,
      routes: { 'GET /api/audit-events': { body: { items: [DSL_ROWS[1]], people: PEOPLE } }, 'GET /api/children': { body: ROSTER } },
    });
    await screen.findByRole('table', { name: 'Audit events' });
    const call = calls.find((c) => c.path.startsWith('/api/audit-events'))!;
    const q = new URLSearchParams(call.path.split('?')[1]);
    expect(Object.fromEntries(q)).toEqual({ childId: 'child-008', outcome: 'denied', from: '2026-11-20T00:00:00.000Z', to: '2026-11-20T23:59:59.999Z', limit: '50' });

    const form = screen.getByRole('search', { name: 'Audit filters' });
    await userEvent.selectOptions(within(form).getByLabelText('Person'), 'Chris Evans');
    await userEvent.selectOptions(within(form).getByLabelText('What they did'), 'View a concern');
    await userEvent.selectOptions(within(form).getByLabelText('Outcome'), 'success');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(window.location.hash).toContain('#/audit?'));
    const route = parseRoute(window.location.hash);
    expect(route.page === 'audit' && Object.fromEntries(route.params)).toEqual({ oid: 'oid-teacher2', childId: 'child-008', action: 'concern.read', outcome: 'success', from: '2026-11-20', to: '2026-11-20' });
  });

  it('gives an admin no child filter and no links, and names no child in rows about one', async () => {
    const rows = [row({ id: 'a3', action: 'chronology.read', recordType: 'child', recordId: '(withheld)', oid: 'oid-dsl' }), row({ id: 'a1', action: 'concern.create' })];
    const { calls } = renderSignedIn(<AuditPage params={new URLSearchParams('childId=child-008')} />, { me: ME.admin, routes: { 'GET /api/audit-events': { body: { items: rows } } } });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(screen.queryByLabelText('Child')).not.toBeInTheDocument();
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
    expect(table).toHaveTextContent('viewed the chronology of a child');
    expect(table).not.toHaveTextContent('withheld');
    expect(calls.find((c) => c.path.startsWith('/api/audit-events'))!.path).toContain('childId=child-008'); // the API refuses it; the page never offers it
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(window.location.hash).toBe('#/audit'));
  });

  it('shows what the API says is wrong with a filter', async () => {
    renderSignedIn(<AuditPage params={new URLSearchParams('action=<b>x</b>')} />, {
      me: ME.dsl,
      routes: { 'GET /api/audit-events': { status: 422, body: { error: { code: 'validation_failed', message: 'action: is not an audit action name', problems: [{ path: 'action', message: 'is not an audit action name' }] } } } },
    });
    expect(await screen.findByText('Please check what you entered')).toBeInTheDocument();
    expect(screen.getByText('Action is not an audit action name')).toBeInTheDocument();
    expect(document.querySelector('main b, table b')).toBeNull();
  });

  it('shows event text as text, never markup', async () => {
    renderSignedIn(<AuditPage params={new URLSearchParams()} />, { me: ME.dsl, routes: { 'GET /api/audit-events': { body: { items: [row({ action: '<img src=x onerror=alert(1)>' })] } } } });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(table).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(table.querySelector('img')).toBeNull();
  });

  it('downloads the filtered trail as a CSV file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (created.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('lantern-audit-s-2026-11-29.csv');
    });
    const { calls } = renderSignedIn(<AuditPage params={new URLSearchParams('outcome=denied')} />, {
      me: ME.dsl,
      routes: {
        'GET /api/audit-events': { body: { items: DSL_ROWS } },
        'GET /api/audit/export.csv': { body: { fileName: 'lantern-audit-s-2026-11-29.csv', contentType: 'text/csv; charset=utf-8', csv: 'Time (UTC),Action\r\n' } },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const exportCall = calls.find((c) => c.path.startsWith('/api/audit/export.csv'))!;
    expect(exportCall.path).toBe('/api/audit/export.csv?outcome=denied');
    expect(exportCall.headers.accept).toBe('application/json');
    expect(created[0]!.type).toMatch(/^text\/csv/);
  });

  it('tells staff the page is not for them, and asks nothing of the API', async () => {
    const { calls } = renderSignedIn(<AuditPage params={new URLSearchParams()} />, { me: ME.teacher });
    expect(await screen.findByText('The audit trail is for DSLs and Lantern admins.')).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/audit'))).toBe(false);
  });

  it('has an address of its own', () => {
    expect(href.audit({ outcome: 'denied', childId: '' })).toBe('#/audit?outcome=denied');
    expect(parseRoute('#/audit?recordId=c-1')).toMatchObject({ page: 'audit' });
  });
});
