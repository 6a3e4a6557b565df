import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LogConcernPage from '../../src/tab/pages/log/LogConcernPage.js';
import { concern, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const ROSTER = { body: { items: [{ id: 'child-003', name: 'Chloe Price', yearGroup: '2' }] } };
const CHRIS = { oid: '9e0b5a6c-0000-4000-8000-000000000004', name: 'Chris Evans' };

describe('alerting colleagues from the log form', () => {
  it('picks a colleague from the directory by name and sends only their id', async () => {
    const { calls } = renderSignedIn(<LogConcernPage />, {
      me: ME.teacher,
      routes: { 'GET /api/children': ROSTER, 'GET /api/colleagues': { body: { items: [CHRIS] } }, 'POST /api/concerns': { status: 201, body: concern({ id: 'c-new' }) } },
    });
    const form = await screen.findByRole('form', { name: 'Log a concern' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Add a child' }), 'child-003');
    await userEvent.click(within(form).getByRole('button', { name: 'Add child' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Welfare' }));
    await userEvent.type(within(form).getByRole('textbox', { name: /What happened/ }), 'Upset at lunch.');
    await userEvent.click(within(form).getByRole('radio', { name: 'Yes' }));
    await userEvent.type(within(form).getByRole('combobox', { name: 'Add a colleague' }), 'Chr');
    await userEvent.click(await screen.findByRole('option', { name: 'Chris Evans' }));
    expect(await within(form).findByRole('button', { name: 'Remove Chris Evans' })).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/colleagues?search='))).toBe(true);
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    await waitFor(() => expect(window.location.hash).toBe('#/concerns/c-new?logged=1'));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ alertedStaff: [{ oid: CHRIS.oid }] });
    expect(JSON.stringify(calls.find((c) => c.method === 'POST')!.body)).not.toContain('Chris Evans');
  });
});
