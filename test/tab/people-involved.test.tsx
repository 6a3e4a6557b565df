import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import LogConcernPage from '../../src/tab/pages/log/LogConcernPage.js';
import { concern, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const ROSTER = { body: { items: [{ id: 'child-003', name: 'Chloe Price', yearGroup: '2' }] } };

async function fillIn() {
  const form = await screen.findByRole('form', { name: 'Log a concern' });
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Add a child' }), 'child-003');
  await userEvent.click(within(form).getByRole('button', { name: 'Add child' }));
  await userEvent.click(within(form).getByRole('checkbox', { name: 'Welfare' }));
  await userEvent.type(within(form).getByRole('textbox', { name: /What happened/ }), 'Dad shouted at the gate.');
  await userEvent.click(within(form).getByRole('radio', { name: 'Yes' }));
  return form;
}

describe('people involved on the log form', () => {
  it('adds adults with name, relationship and part, and sends them', async () => {
    const { calls } = renderSignedIn(<LogConcernPage />, { me: ME.teacher, routes: { 'GET /api/children': ROSTER, 'POST /api/concerns': { status: 201, body: concern({ id: 'c-new' }) } } });
    const form = await fillIn();
    await userEvent.click(within(form).getByRole('button', { name: 'Add an adult involved' }));
    await userEvent.type(within(form).getByRole('textbox', { name: /Name of adult 1/ }), 'Gary Lomas');
    await userEvent.type(within(form).getByRole('textbox', { name: /Relationship of adult 1/ }), 'Father');
    await userEvent.type(within(form).getByRole('textbox', { name: /Part adult 1 played/ }), 'Shouted at staff');
    await userEvent.click(within(form).getByRole('button', { name: 'Add an adult involved' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Remove adult 2' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    await waitFor(() => expect(window.location.hash).toBe('#/concerns/c-new?logged=1'));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ otherPeople: [{ name: 'Gary Lomas', relationship: 'Father', part: 'Shouted at staff' }] });
  });

  it('says what is missing for an adult and sends nothing', async () => {
    const { calls } = renderSignedIn(<LogConcernPage />, { me: ME.teacher, routes: { 'GET /api/children': ROSTER } });
    const form = await fillIn();
    await userEvent.click(within(form).getByRole('button', { name: 'Add an adult involved' }));
    await userEvent.type(within(form).getByRole('textbox', { name: /Name of adult 1/ }), 'Gary Lomas');
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    expect((await screen.findAllByText('Say how adult 1 is related to the child.')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("shows the server's problem next to the adult it is about", async () => {
    renderSignedIn(<LogConcernPage />, {
      me: ME.teacher,
      routes: {
        'GET /api/children': ROSTER,
        'POST /api/concerns': { status: 422, body: { error: { code: 'validation_failed', message: 'The concern is not valid.', problems: [{ path: 'otherPeople.0.name', message: 'is required' }] } } },
      },
    });
    const form = await fillIn();
    await userEvent.click(within(form).getByRole('button', { name: 'Add an adult involved' }));
    await userEvent.type(within(form).getByRole('textbox', { name: /Name of adult 1/ }), '\u200B');
    await userEvent.type(within(form).getByRole('textbox', { name: /Relationship of adult 1/ }), 'Father');
    await userEvent.click(within(form).getByRole('button', { name: 'Log concern' }));
    expect(await screen.findByText('is required')).toBeInTheDocument();
  });
});

describe('people involved on the concern page', () => {
  it('lists each adult with relationship and part, as text', async () => {
    const people = [
      { name: 'Gary Lomas', relationship: 'Father', part: 'Shouted at staff' },
      { name: '<img src=x onerror=alert(1)>', relationship: 'Neighbour' },
    ];
    const { container } = renderSignedIn(<ConcernPage id="c-1" />, { me: ME.dsl, routes: { 'GET /api/concerns/c-1': { body: concern({ otherPeople: people }), etag: '"v1"' } } });
    expect(await screen.findByText('Gary Lomas (Father): Shouted at staff')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)> (Neighbour)')).toBeInTheDocument();
    expect(screen.getByText('Parents, carers or other adults involved')).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });
});
