import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ChronologyPage from '../../src/tab/pages/chronology/ChronologyPage.js';
import { ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const ALEX = { oid: 'oid-dsl', name: 'Alex Morgan' };
const SCRIPT = '<img src=x onerror="alert(1)">Mum called back.';

const routes = (notes: object[] = []) => ({
  'GET /api/children/child-008/chronology': {
    body: {
      child: { id: 'child-008', name: 'Harry Nguyen', yearGroup: '1' },
      kinds: [{ id: 'status-flag', label: 'Status change' }, { id: 'case-note', label: 'Case note' }],
      entries: [
        { id: 'status-flag:sf-1:set', kind: 'status-flag', at: '2026-08-06', dateOnly: true, recordedAt: '2026-12-04T10:00:00Z', by: ALEX, title: 'Child protection plan (Neglect) started', details: [], categories: [], record: { type: 'child', id: 'child-008', ref: 'file' } },
        { id: 'case-note:n-1', kind: 'case-note', at: '2026-11-30T16:05:00Z', recordedAt: '2026-12-04T10:00:00Z', by: ALEX, title: 'Case note: call', summary: 'Agreed breakfast club.', details: [{ label: 'How', value: 'Phone' }, { label: 'With', value: 'Linh Nguyen (Parent or carer)' }], categories: [], record: { type: 'child', id: 'child-008', ref: 'file' } },
      ],
    },
  },
  'GET /api/children/child-008/status-flags': {
    body: { canSet: true, items: [{ id: 'sf-1', childId: 'child-008', flag: 'child-protection-plan', cpCategory: 'neglect', startDate: '2026-08-06', source: 'dsl', createdBy: ALEX, current: true, version: 1, can: { update: true } }] },
  },
  'GET /api/children/child-008/family': {
    body: { adults: [{ id: 'ca-1', name: 'Linh Nguyen', relationship: 'Mother', parentalResponsibility: true, source: 'dsl' }], links: [{ id: 'fl-1', kind: 'sibling', childId: 'child-009', name: 'Isla Campbell', yearGroup: '1' }], can: { edit: true, seeLinks: true, seeFamilyView: true } },
  },
  'GET /api/children/child-008/family/open-work': { body: { items: [] } },
  'GET /api/case-notes': { body: { items: notes } },
  'POST /api/case-notes': { status: 201, body: {} },
});

describe("the child's page: statuses, family, case notes", () => {
  it('shows the current status in words, the family and the entries on the chronology', async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, { me: ME.dsl, routes: routes() });
    const status = await screen.findByRole('region', { name: 'Status' });
    expect(within(status).getAllByText('Child protection plan (Neglect)').length).toBeGreaterThan(0);
    expect(within(status).getByText(/since .*6 Aug 2026/)).toBeInTheDocument();
    const family = await screen.findByRole('region', { name: 'Family' });
    expect(within(family).getByText('Linh Nguyen (Mother)')).toBeInTheDocument();
    expect(within(family).getByText('Parental responsibility')).toBeInTheDocument();
    expect(within(family).getByRole('link', { name: 'Isla Campbell' })).toHaveAttribute('href', '#/children/child-009');
    expect(await screen.findByText('Case note: call')).toBeInTheDocument();
    expect(screen.getByText('Child protection plan (Neglect) started')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/child-protection-plan|parent-carer|T00:00/);
  });

  it('shows script in a note as text', async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes([{ id: 'n-1', childId: 'child-008', kind: 'call', method: 'phone', occurredAt: '2026-11-30T16:05:00Z', with: [], summary: SCRIPT, createdBy: ALEX, recordedAt: '2026-12-01T09:00:00Z', version: 1, can: { update: true } }]),
    });
    expect(await screen.findByText(SCRIPT)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('adds a case note with an Idempotency-Key and the fields in words', async () => {
    const { calls } = renderSignedIn(<ChronologyPage id="child-008" />, { me: ME.dsl, routes: routes() });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a case note' }));
    const form = screen.getByRole('form', { name: 'Add a case note' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'What was it' }), 'meeting');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'How' }), 'in-person');
    await userEvent.type(within(form).getByRole('textbox', { name: 'With whom' }), 'Social worker');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Their relationship' }), 'agency');
    await userEvent.type(within(form).getByRole('textbox', { name: /Summary/ }), 'Core group meeting.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save case note' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['idempotency-key']).toBeTruthy();
    expect(post.body).toMatchObject({ childId: 'child-008', kind: 'meeting', method: 'in-person', with: [{ name: 'Social worker', relationship: 'agency' }], summary: 'Core group meeting.' });
  });
});
