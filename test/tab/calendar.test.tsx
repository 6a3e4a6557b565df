import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/tab/app/routes.js';
import { Shell } from '../../src/tab/app/Shell.js';
import CalendarPage from '../../src/tab/pages/calendar/CalendarPage.js';
import { ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const calendar = (overrides: Record<string, unknown> = {}) => ({
  timeZone: 'Europe/London',
  terms: [{ start: '2026-09-03', end: '2026-10-23' }],
  closures: ['2026-09-04'],
  endOfDay: '17:00',
  ...overrides,
});

describe('school calendar page', () => {
  it('has an address, and only admins see it in the navigation', () => {
    expect(parseRoute('#/calendar')).toEqual({ page: 'calendar' });
    renderSignedIn(<Shell route={{ page: 'calendar' }}><p>x</p></Shell>, { me: ME.admin });
    expect(within(screen.getByRole('navigation', { name: 'Lantern' })).getByRole('link', { name: 'School calendar' })).toHaveAttribute('aria-current', 'page');
  });

  it('is not offered to a DSL, and asks the API nothing for them', async () => {
    const { calls } = renderSignedIn(<Shell route={{ page: 'home' }}><CalendarPage /></Shell>, { me: ME.dsl });
    expect(within(screen.getByRole('navigation', { name: 'Lantern' })).queryByRole('link', { name: 'School calendar' })).not.toBeInTheDocument();
    expect(await screen.findByText(/Only a Lantern admin can change the school calendar/)).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/school-calendar')).toBe(false);
  });

  it('adds a term and a closure day, changes the end of the day, and saves with If-Match', async () => {
    let stored = calendar();
    const { calls } = renderSignedIn(<CalendarPage />, {
      me: ME.admin,
      routes: {
        'GET /api/school-calendar': () => ({ body: stored, etag: '"c1"' }),
        'PUT /api/school-calendar': (call) => ((stored = { ...stored, ...(call.body as object) }), { body: stored, etag: '"c2"' }),
      },
    });
    const form = await screen.findByRole('form', { name: 'School calendar' });
    expect(within(form).getByLabelText('Term 1 starts')).toHaveValue('2026-09-03');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a term' }));
    await userEvent.type(within(form).getByLabelText('Term 2 starts'), '2026-11-02');
    await userEvent.type(within(form).getByLabelText('Term 2 ends'), '2026-12-18');
    await userEvent.click(within(form).getByRole('button', { name: 'Remove closure day 1' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add a closure day' }));
    await userEvent.type(within(form).getByLabelText('Closure day 1'), '2026-11-27');
    const end = within(form).getByLabelText('End of the working day');
    await userEvent.clear(end);
    await userEvent.type(end, '16:30');
    await userEvent.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers['if-match']).toBe('"c1"');
    expect(put.body).toEqual({ terms: [{ start: '2026-09-03', end: '2026-10-23' }, { start: '2026-11-02', end: '2026-12-18' }], closures: ['2026-11-27'], endOfDay: '16:30' });
  });

  it("shows the API's problems by the field, and on a conflict reloads and says the change was not saved", async () => {
    let reply: 'invalid' | 'conflict' = 'invalid';
    let stored = calendar();
    renderSignedIn(<CalendarPage />, {
      me: ME.admin,
      routes: {
        'GET /api/school-calendar': () => ({ body: stored, etag: `"c${stored.terms.length}"` }),
        'PUT /api/school-calendar': () => {
          if (reply === 'invalid') return { status: 422, body: { error: { code: 'validation_failed', message: 'Check the calendar.', problems: [{ path: 'terms.0.end', message: 'a term must end on or after the day it starts' }] } } };
          stored = calendar({ terms: [...stored.terms, { start: '2027-01-05', end: '2027-02-12' }] });
          return { status: 412, body: { error: { code: 'version_conflict', message: 'Someone else changed the school settings after you opened them.' } } };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'School calendar' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect((await screen.findAllByText(/a term must end on or after the day it starts/)).length).toBeGreaterThan(0);
    reply = 'conflict';
    await userEvent.click(within(form).getByRole('button', { name: 'Save calendar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('your changes were not saved');
    await waitFor(() => expect(screen.getByLabelText('Term 2 starts')).toHaveValue('2027-01-05'));
  });
});
