import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LogConcernPage from '../../src/tab/pages/log/LogConcernPage.js';
import { concern, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const ROSTER = { body: { items: [{ id: 'child-001', name: 'Amara Okafor', yearGroup: 'R' }, { id: 'child-003', name: 'Chloe Price', yearGroup: '2' }] } };

async function fillIn() {
  const form = await screen.findByRole('form', { name: 'Log a concern' });
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Add a child' }), 'child-003');
  await userEvent.click(within(form).getByRole('button', { name: 'Add child' }));
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Role of Chloe Price' }), 'victim');
  await userEvent.click(within(form).getByRole('checkbox', { name: 'Bullying' }));
  await userEvent.type(within(form).getByRole('textbox', { name: /What happened/ }), 'Pushed against the fence.');
  await userEvent.click(within(form).getByRole('radio', { name: 'No' }));
  await userEvent.type(within(form).getByRole('textbox', { name: /Why not/ }), 'DSL to decide.');
  return form;
}

describe('log a concern', () => {
  it('says what is missing and sends nothing', async () => {
    const { calls } = renderSignedIn(<LogConcernPage />, { me: ME.teacher, routes: { 'GET /api/children': ROSTER } });
    const form = await screen.findByRole('form', { name: 'Log a concern' });
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    expect(await screen.findByText('Add at least one child.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one category.')).toBeInTheDocument();
    expect(screen.getByText('Say what happened, in the words used where you can.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('sends the concern with an Idempotency-Key and opens it', async () => {
    const { calls } = renderSignedIn(<LogConcernPage />, {
      me: ME.teacher,
      routes: { 'GET /api/children': ROSTER, 'POST /api/concerns': { status: 201, body: concern({ id: 'c-new' }), etag: '"v1"' } },
    });
    const form = await fillIn();
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    await waitFor(() => expect(window.location.hash).toBe('#/concerns/c-new?logged=1'));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,}$/);
    expect(post.body).toMatchObject({
      children: [{ childId: 'child-003', role: 'victim' }],
      categories: ['bullying'],
      account: 'Pushed against the fence.',
      parentsInformed: { informed: false, reason: 'DSL to decide.' },
    });
  });

  it('shows the server\'s field problems next to the fields, and retries with the same key', async () => {
    let attempts = 0;
    const { calls } = renderSignedIn(<LogConcernPage />, {
      me: ME.teacher,
      routes: {
        'GET /api/children': ROSTER,
        'POST /api/concerns': () => (++attempts === 1
          ? { status: 422, body: { error: { code: 'validation_failed', message: 'The concern is not valid — occurredAt: is in the future.', problems: [{ path: 'occurredAt', message: 'is in the future; give the date and time the event happened' }] } } }
          : { status: 201, body: concern({ id: 'c-2' }) }),
      },
    });
    const form = await fillIn();
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    expect(await screen.findByText('is in the future; give the date and time the event happened')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    await waitFor(() => expect(window.location.hash).toBe('#/concerns/c-2?logged=1'));
    const keys = calls.filter((c) => c.method === 'POST').map((c) => c.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(1);
  });
});
