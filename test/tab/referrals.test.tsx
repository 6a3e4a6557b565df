import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Referral } from '../../src/tab/api/types.js';
import { href, parseRoute } from '../../src/tab/app/routes.js';
import ReferralPage from '../../src/tab/pages/referral/ReferralPage.js';
import ReferralsPage from '../../src/tab/pages/referrals/ReferralsPage.js';
import AlertsPage from '../../src/tab/pages/alerts/AlertsPage.js';
import { schoolInstant } from '../../src/tab/format/dates.js';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { concern, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const DSL = { oid: 'oid-dsl', name: 'Alex Morgan' };

function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'r-1',
    ref: 'R-AB12',
    concernId: 'c-1',
    childId: 'child-008',
    agency: 'childrens-social-care',
    agencyName: "Children's social care / MASH",
    madeAt: '2026-11-20T09:00:00Z',
    method: 'phone',
    reference: 'MASH-77',
    madeBy: DSL,
    status: 'open',
    nextDueAt: '2026-11-21T09:00:00Z',
    version: 1,
    milestones: [
      { key: 'decision', label: 'Decision within one working day', dueAt: '2026-11-21T09:00:00Z', state: 'overdue' },
      { key: 'assessment', label: 'Assessment complete' },
    ],
    contacts: [],
    ...overrides,
  };
}

describe('referral routes', () => {
  it('reads the list, its filters and the alerts inbox', () => {
    const r = parseRoute('#/referrals?status=overdue&agency=police');
    expect(r.page).toBe('referrals');
    expect(r.page === 'referrals' && r.params.get('agency')).toBe('police');
    expect(parseRoute('#/referrals')).toMatchObject({ page: 'referrals' });
    expect(parseRoute('#/referrals/r-1')).toEqual({ page: 'referral', id: 'r-1' });
    expect(parseRoute('#/alerts')).toEqual({ page: 'alerts' });
    expect(href.referrals({ status: 'open', agency: '' })).toBe('#/referrals?status=open');
  });

  it('turns a date and time on the school clock into the right instant', () => {
    expect(schoolInstant('2026-07-01', '10:15', 'Europe/London')).toBe('2026-07-01T09:15:00.000Z');
    expect(schoolInstant('2026-12-01', '10:15', 'Europe/London')).toBe('2026-12-01T10:15:00.000Z');
    expect(schoolInstant('', '10:15', 'Europe/London')).toBeUndefined();
  });
});

describe('referrals list', () => {
  it('asks for the filtered list and links to each referral', async () => {
    const { calls } = renderSignedIn(<ReferralsPage params={new URLSearchParams('status=overdue&agency=police')} />, {
      routes: { 'GET /api/referrals': { body: { items: [referral({ agency: 'police', agencyName: 'Police' })] } } },
    });
    const list = await screen.findByRole('list', { name: 'Referrals' });
    expect(within(list).getByRole('link', { name: 'R-AB12' })).toHaveAttribute('href', '#/referrals/r-1');
    expect(list).toHaveTextContent('Police');
    expect(calls.some((c) => c.path === '/api/referrals?status=overdue&agency=police')).toBe(true);
  });

  it('ignores filters the API does not know and says when nothing matches', async () => {
    const { calls } = renderSignedIn(<ReferralsPage params={new URLSearchParams('status=<b>&agency=x')} />, { routes: { 'GET /api/referrals': { body: { items: [] } } } });
    expect(await screen.findByText('No referral matches.')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/referrals')).toBe(true);
  });
});

describe('referral page', () => {
  it('records a milestone with If-Match at the school-clock time', async () => {
    let stored = referral();
    const { calls } = renderSignedIn(<ReferralPage id="r-1" />, {
      routes: {
        'GET /api/referrals/r-1': () => ({ body: stored, etag: `"v${stored.version}"` }),
        'PATCH /api/referrals/r-1': () => {
          stored = referral({ version: 2, milestones: [{ ...referral().milestones[0]!, doneAt: '2026-11-20T14:30:00Z', state: 'done' }, referral().milestones[1]!] });
          return { body: stored, etag: '"v2"' };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Record a milestone' });
    const date = form.querySelector('input[type="date"]') as HTMLInputElement;
    const time = form.querySelector('input[type="time"]') as HTMLInputElement;
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-20');
    await userEvent.clear(time);
    await userEvent.type(time, '14:30');
    await userEvent.click(within(form).getByRole('button', { name: 'Record milestone' }));
    expect(await screen.findByText(/Done 20 Nov 2026/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ headers: { 'if-match': '"v1"' }, body: { op: 'recordMilestone', key: 'decision', at: '2026-11-20T14:30:00.000Z' } });
  });

  it('adds a contact-log entry and shows it', async () => {
    let stored = referral();
    const { calls } = renderSignedIn(<ReferralPage id="r-1" />, {
      routes: {
        'GET /api/referrals/r-1': () => ({ body: stored, etag: '"v1"' }),
        'POST /api/referrals/r-1/contacts': (call) => {
          const b = call.body as Record<string, string>;
          stored = referral({ contacts: [{ id: 'k-1', at: b.at!, direction: b.direction!, method: b.method!, who: b.who!, summary: b.summary!, nextChaseDate: b.nextChaseDate, recordedBy: DSL }] });
          return { status: 201, body: stored, etag: '"v2"' };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Add a contact' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add contact' }));
    expect(await within(form).findByText('Say who you spoke to or wrote to.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Method/ }), 'email');
    await userEvent.type(within(form).getByRole('textbox', { name: /Who at the agency/ }), 'Duty social worker');
    await userEvent.type(within(form).getByRole('textbox', { name: /Summary/ }), '<img src=x onerror=alert(1)> chased decision');
    const chase = within(form).getByLabelText('Next chase date');
    await userEvent.type(chase, '2026-11-24');
    await userEvent.click(within(form).getByRole('button', { name: 'Add contact' }));
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    await waitFor(() => expect(contacts).toHaveTextContent('<img src=x onerror=alert(1)> chased decision'));
    expect(document.querySelector('img')).toBeNull();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ body: { direction: 'outgoing', method: 'email', who: 'Duty social worker', nextChaseDate: '2026-11-24' } });
  });

  it('closes with the outcome, using If-Match, and then offers no forms', async () => {
    let stored = referral();
    const { calls } = renderSignedIn(<ReferralPage id="r-1" />, {
      routes: {
        'GET /api/referrals/r-1': () => ({ body: stored, etag: `"v${stored.version}"` }),
        'PATCH /api/referrals/r-1': () => ((stored = referral({ version: 2, status: 'closed', outcome: 'Section 17 assessment' })), { body: stored, etag: '"v2"' }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Close this referral' });
    await userEvent.click(within(form).getByRole('button', { name: 'Close referral' }));
    expect(await within(form).findByText('Give the outcome.')).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /Outcome/ }), 'Section 17 assessment');
    await userEvent.click(within(form).getByRole('button', { name: 'Close referral' }));
    expect(await screen.findByText('Closed — Section 17 assessment')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ headers: { 'if-match': '"v1"' }, body: { op: 'close', outcome: 'Section 17 assessment' } });
    expect(screen.queryByRole('form', { name: 'Record a milestone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a contact' })).not.toBeInTheDocument();
  });

  it('on a conflict says who changed it and reloads instead of overwriting', async () => {
    let stored = referral();
    const { calls } = renderSignedIn(<ReferralPage id="r-1" />, {
      routes: {
        'GET /api/referrals/r-1': () => ({ body: stored, etag: `"v${stored.version}"` }),
        'PATCH /api/referrals/r-1': () => {
          stored = referral({ version: 2, reference: 'MASH-78', updatedBy: { oid: 'oid-deputy', name: 'Sam Patel' } });
          return { status: 412, body: { error: { code: 'version_conflict', message: 'Sam Patel changed this referral at 2026-11-20T10:00:00Z after you opened it. Reload to see their change.' } } };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Close this referral' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Outcome/ }), 'Mine');
    await userEvent.click(within(form).getByRole('button', { name: 'Close referral' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sam Patel changed this referral');
    expect(alert).toHaveTextContent('your change was not saved');
    expect(await screen.findByText('MASH-78')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /Outcome/ })).toHaveValue('Mine');
  });
});

describe('alerts inbox', () => {
  it('lists each alert as text with its kind, when it was raised and a link to the referral', async () => {
    renderSignedIn(<AlertsPage />, {
      routes: {
        'GET /api/alerts': {
          body: {
            items: [
              { id: 'alert:r-1:decision:overdue', kind: 'overdue', referralId: 'r-1', referralRef: 'R-AB12', agency: 'police', milestoneKey: 'decision', milestoneLabel: 'Decision', dueAt: '2026-11-21T09:00:00Z', raisedAt: '2026-11-21T09:05:00Z', status: 'delivered', text: 'Referral R-AB12 (Police): decision overdue <script>x</script>' },
            ],
          },
        },
      },
    });
    const list = await screen.findByRole('list', { name: 'Alerts' });
    expect(list).toHaveTextContent('Overdue');
    expect(list).toHaveTextContent('Referral R-AB12 (Police): decision overdue <script>x</script>');
    expect(list).toHaveTextContent('Delivered');
    expect(within(list).getByRole('link', { name: 'Open referral R-AB12' })).toHaveAttribute('href', '#/referrals/r-1');
  });

  it('says when the inbox is empty', async () => {
    renderSignedIn(<AlertsPage />, { routes: { 'GET /api/alerts': { body: { items: [] } } } });
    expect(await screen.findByText('No alerts.')).toBeInTheDocument();
  });
});

describe('refer to an agency from the concern page', () => {
  it('is offered to a DSL and posts the chosen child, agency and school-clock time once', async () => {
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      routes: {
        'GET /api/concerns/c-1': { body: concern(), etag: '"v1"' },
        'POST /api/referrals': { status: 201, body: referral({ id: 'r-9' }) },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Refer to an agency' }));
    const form = screen.getByRole('form', { name: 'Refer to an agency' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Child/ }), 'child-010');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Agency/ }), 'early-help');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Method/ }), 'portal');
    const date = form.querySelector('input[type="date"]') as HTMLInputElement;
    const time = form.querySelector('input[type="time"]') as HTMLInputElement;
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-20');
    await userEvent.clear(time);
    await userEvent.type(time, '11:00');
    await userEvent.type(within(form).getByRole('textbox', { name: /reference/ }), 'EH-5');
    await userEvent.click(within(form).getByRole('button', { name: 'Record referral' }));
    await waitFor(() => expect(window.location.hash).toBe('#/referrals/r-9'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ concernId: 'c-1', childId: 'child-010', agency: 'early-help', madeAt: '2026-11-20T11:00:00.000Z', method: 'portal', reference: 'EH-5' });
    expect(post?.headers['idempotency-key']).toBeTruthy();
  });

  it('is not offered to a teacher', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { me: ME.teacher, routes: { 'GET /api/concerns/c-1': { body: concern(), etag: '"v1"' } } });
    await screen.findByRole('heading', { name: 'Concern C-ABC234' });
    expect(screen.queryByRole('button', { name: 'Refer to an agency' })).not.toBeInTheDocument();
  });
});

describe('a referral names its child', () => {
  it("links to the child's chronology by name when the API sends the child", async () => {
    renderSignedIn(<ReferralPage id="r-1" />, { me: ME.dsl, routes: { 'GET /api/referrals/r-1': { body: referral({ child: { id: 'child-008', name: 'Harry Nguyen', yearGroup: '1' } }), etag: '"1"' } } });
    expect(await screen.findByRole('link', { name: 'Harry Nguyen (open the chronology)' })).toHaveAttribute('href', '#/children/child-008');
  });
});
