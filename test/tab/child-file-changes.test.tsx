import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ChronologyPage from '../../src/tab/pages/chronology/ChronologyPage.js';
import { ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const ALEX = { oid: 'oid-dsl', name: 'Alex Morgan' };
const PLAN = { id: 'sf-1', childId: 'child-008', flag: 'child-protection-plan', cpCategory: 'neglect', startDate: '2026-08-06', source: 'dsl', createdBy: ALEX, current: true, version: 1, can: { update: true }, etag: '"etag-sf-1"' };
const ROSTER = { items: [{ id: 'child-008', name: 'Harry Nguyen', yearGroup: '1' }, { id: 'child-009', name: 'Isla Campbell', yearGroup: '3' }] };

const routes = (family: object, extra: object = {}) => ({
  'GET /api/children': { body: ROSTER },
  'GET /api/children/child-008/chronology': { body: { child: { id: 'child-008', name: 'Harry Nguyen', yearGroup: '1' }, entries: [] } },
  'GET /api/children/child-008/status-flags': { body: { canSet: true, items: [PLAN] } },
  'GET /api/children/child-008/family': { body: family },
  'GET /api/children/child-008/family/open-work': {
    body: { items: [{ childId: 'child-009', name: 'Isla Campbell', yearGroup: '3', kinds: ['sibling'], openConcerns: [{ id: 'c-9', ref: 'C-0042', status: 'triaged', categories: ['neglect'], recordedAt: '2026-11-01T09:00:00Z' }], openReferrals: [] }] },
  },
  'GET /api/case-notes': { body: { items: [] } },
  'PATCH /api/status-flags/sf-1': { body: { ...PLAN, endDate: '2026-12-01', current: false, version: 2 }, etag: '"etag-sf-1-v2"' },
  'POST /api/children/child-008/family-links': { status: 201, body: { id: 'fl-1', kind: 'household', childIds: ['child-008', 'child-009'] } },
  'POST /api/children/child-008/adults': { status: 201, body: { id: 'ca-1', name: 'Linh Nguyen', relationship: 'Mother', parentalResponsibility: true, source: 'dsl' } },
  ...extra,
});

const EMPTY_FAMILY = { adults: [], links: [], can: { edit: true, seeLinks: true, seeFamilyView: true } };

describe("the child's page: changing statuses and family", () => {
  it("ends a status with its period's ETag as If-Match and the end date", async () => {
    const { calls } = renderSignedIn(<ChronologyPage id="child-008" />, { me: ME.dsl, routes: routes(EMPTY_FAMILY) });
    const status = await screen.findByRole('region', { name: 'Status' });
    await userEvent.click(within(status).getByRole('button', { name: 'End Child protection plan (Neglect)' }));
    const form = within(status).getByRole('form', { name: 'End Child protection plan (Neglect)' });
    const date = within(form).getByLabelText('Ended on');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-01');
    await userEvent.click(within(form).getByRole('button', { name: 'End status' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.path).toBe('/api/status-flags/sf-1');
    expect(patch.headers['if-match']).toBe('"etag-sf-1"');
    expect(patch.body).toEqual({ op: 'end', endDate: '2026-12-01' });
  });

  it("corrects a plan's category with If-Match, sending only what changed", async () => {
    const { calls } = renderSignedIn(<ChronologyPage id="child-008" />, { me: ME.dsl, routes: routes(EMPTY_FAMILY) });
    const status = await screen.findByRole('region', { name: 'Status' });
    await userEvent.click(within(status).getByRole('button', { name: 'Correct Child protection plan (Neglect)' }));
    const form = within(status).getByRole('form', { name: 'Correct Child protection plan (Neglect)' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Plan category' }), 'emotional-abuse');
    await userEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers['if-match']).toBe('"etag-sf-1"');
    expect(patch.body).toEqual({ op: 'edit', changes: { cpCategory: 'emotional-abuse' } });
  });

  it('says in words when someone else changed the status first', async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes(EMPTY_FAMILY, { 'PATCH /api/status-flags/sf-1': { status: 412, body: { error: { code: 'version_conflict', message: 'Sam Patel changed this status after you opened it. Reload, then make your change again.' } } } }),
    });
    const status = await screen.findByRole('region', { name: 'Status' });
    await userEvent.click(within(status).getByRole('button', { name: 'End Child protection plan (Neglect)' }));
    await userEvent.click(within(status).getByRole('button', { name: 'End status' }));
    expect(await within(status).findByText(/changed this status after you opened it/)).toBeInTheDocument();
  });

  it('offers no End or Correct when the period carries no ETag (the caller may not change it)', async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes(EMPTY_FAMILY, { 'GET /api/children/child-008/status-flags': { body: { canSet: false, items: [{ ...PLAN, etag: undefined, can: { update: false } }] } } }),
    });
    const status = await screen.findByRole('region', { name: 'Status' });
    expect(within(status).queryByRole('button', { name: /^End / })).toBeNull();
    expect(within(status).queryByRole('button', { name: /^Correct / })).toBeNull();
  });

  it('links a child from the roster as the same household, by name', async () => {
    const { calls } = renderSignedIn(<ChronologyPage id="child-008" />, { me: ME.dsl, routes: routes(EMPTY_FAMILY) });
    const family = await screen.findByRole('region', { name: 'Family' });
    expect(within(family).getByText('No family recorded.')).toBeInTheDocument();
    await userEvent.click(within(family).getByRole('button', { name: 'Link a sibling or household' }));
    const form = within(family).getByRole('form', { name: 'Link a child' });
    const child = within(form).getByRole('combobox', { name: 'Child' });
    await waitFor(() => expect(within(child).getByRole('option', { name: 'Isla Campbell, Year 3' })).toBeInTheDocument());
    expect(within(child).queryByRole('option', { name: /Harry Nguyen/ })).toBeNull();
    await userEvent.selectOptions(child, 'child-009');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Link' }), 'household');
    await userEvent.click(within(form).getByRole('button', { name: 'Add link' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ childId: 'child-009', kind: 'household' });
  });

  it('asks for the child before sending a link', async () => {
    const { calls } = renderSignedIn(<ChronologyPage id="child-008" />, { me: ME.dsl, routes: routes(EMPTY_FAMILY) });
    const family = await screen.findByRole('region', { name: 'Family' });
    await userEvent.click(within(family).getByRole('button', { name: 'Link a sibling or household' }));
    await userEvent.click(within(family).getByRole('button', { name: 'Add link' }));
    expect(await within(family).findByText('Choose the child to link.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('adds an adult with parental responsibility, and shows the field the server rejects', async () => {
    let first = true;
    const { calls } = renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes(EMPTY_FAMILY, {
        'POST /api/children/child-008/adults': () => {
          if (first) {
            first = false;
            return { status: 400, body: { error: { code: 'invalid', message: 'Check the adult.', problems: [{ path: 'relationship', message: 'Say how they are related to the child.' }] } } };
          }
          return { status: 201, body: {} };
        },
      }),
    });
    const family = await screen.findByRole('region', { name: 'Family' });
    await userEvent.click(within(family).getByRole('button', { name: 'Add an adult' }));
    const form = within(family).getByRole('form', { name: 'Add an adult' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Name/ }), 'Linh Nguyen');
    await userEvent.click(within(form).getByRole('button', { name: 'Add adult' }));
    expect(await within(form).findByText('Say how they are related to the child.')).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /Relationship/ }), 'Mother');
    await userEvent.click(within(form).getByRole('button', { name: 'Add adult' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1]!.body).toEqual({ name: 'Linh Nguyen', relationship: 'Mother', parentalResponsibility: true });
  });

  it("shows the DSL's family view: the open concerns of a linked child, with no codes", async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes({ adults: [], links: [{ id: 'fl-1', kind: 'sibling', childId: 'child-009', name: 'Isla Campbell', yearGroup: '3' }], can: { edit: true, seeLinks: true, seeFamilyView: true } }),
    });
    const openWork = await screen.findByRole('list', { name: 'Open work for linked children' });
    expect(within(openWork).getByText('Open for Isla Campbell')).toBeInTheDocument();
    expect(within(openWork).getByRole('link', { name: 'Concern C-0042' })).toHaveAttribute('href', '#/concerns/c-9');
    expect(screen.getByRole('region', { name: 'Family' }).textContent).not.toMatch(/child-009|fl-1|T09:00/);
  });

  it('shows no family forms to someone who may not edit the family', async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes({ adults: [{ id: 'ca-1', name: 'Linh Nguyen', relationship: 'Mother', parentalResponsibility: true, source: 'dsl' }], links: [], can: { edit: false, seeLinks: false, seeFamilyView: false } }),
    });
    const family = await screen.findByRole('region', { name: 'Family' });
    expect(within(family).queryByRole('button', { name: 'Add an adult' })).toBeNull();
    expect(within(family).queryByRole('button', { name: 'Link a sibling or household' })).toBeNull();
  });
});

describe('a case note with a follow-up date, on a concern', () => {
  it('sends the follow-up date with the concern, says it becomes an action, and reloads after saving', async () => {
    const { CaseNotesSection } = await import('../../src/tab/pages/child/CaseNotesSection.js');
    let saved = 0;
    const { calls } = renderSignedIn(<CaseNotesSection childId="child-008" concernId="c-1" canAdd onSaved={() => saved++} />, {
      me: ME.dsl,
      routes: { 'GET /api/case-notes': { body: { items: [] } }, 'POST /api/case-notes': { status: 201, body: {} } },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a case note' }));
    const form = screen.getByRole('form', { name: 'Add a case note' });
    expect(within(form).getByText('Becomes an action on this concern, assigned to you.')).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /Summary/ }), 'Agreed a daily check-in.');
    const followUp = within(form).getByLabelText(/Follow-up date/);
    await userEvent.type(followUp, '2030-01-15');
    await userEvent.click(within(form).getByRole('button', { name: 'Save case note' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ childId: 'child-008', concernId: 'c-1', followUpDate: '2030-01-15', summary: 'Agreed a daily check-in.' });
    await waitFor(() => expect(saved).toBe(1));
  });
});
