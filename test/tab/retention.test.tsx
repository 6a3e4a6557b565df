import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RetentionFile } from '../../src/tab/api/records-types.js';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import ParentalReportPage from '../../src/tab/pages/parental/ParentalReportPage.js';
import RetentionPage from '../../src/tab/pages/retention/RetentionPage.js';
import RetentionSettingsPage from '../../src/tab/pages/retention/RetentionSettingsPage.js';
import { concern, dslCan, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const file = (overrides: Partial<RetentionFile> = {}): RetentionFile => ({
  childId: 'old-1', name: 'Robin Former', upn: 'B123456789012', dateOfBirth: '2000-02-29', leftAt: '2011-07-20', closed: true, closedAt: '2011-06-01T10:00:00Z',
  reviewDate: '2025-03-01', due: true, rule: { id: 'default:25', years: 25 }, categories: ['welfare'], concerns: 2, sharedConcerns: 0, referrals: 1,
  fingerprint: 'a'.repeat(32), holdHistory: [], ...overrides,
});

describe('retention review page', () => {
  it('deletes a reviewed file only after the DSL confirms, sending fingerprint, rule and reason', async () => {
    const { calls } = renderSignedIn(<RetentionPage />, {
      routes: {
        'GET /api/retention/files': { body: { today: '2026-11-29', items: [file()] } },
        'POST /api/retention/files/old-1/deletion': { body: { status: 'deleted' } },
      },
    });
    expect(await screen.findByText('Robin Former')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Review' }));
    const form = screen.getByRole('form', { name: "Delete Robin Former's file" });
    const button = within(form).getByRole('button', { name: 'Delete file' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Reason for deleting/ }), 'Period over');
    expect(button).toBeDisabled();
    await userEvent.click(within(form).getByRole('checkbox'));
    await userEvent.click(button);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ confirm: true, fingerprint: 'a'.repeat(32), rule: 'default:25', reason: 'Period over' });
  });

  it('places a legal hold with the reason and the file’s ETag, and offers no deletion while held', async () => {
    const { calls } = renderSignedIn(<RetentionPage />, {
      routes: {
        'GET /api/retention/files': { body: { today: '2026-11-29', items: [file({ legalHold: { onHold: true, reason: 'Police case', by: { oid: 'o', name: 'Alex Morgan' }, at: '2026-11-01T09:00:00Z' } })] } },
        'GET /api/retention/files/old-1': { body: file(), etag: '"r1"' },
        'PUT /api/retention/files/old-1/legal-hold': { body: file(), etag: '"r2"' },
      },
    });
    expect(await screen.findByText('Legal hold')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.queryByRole('form', { name: "Delete Robin Former's file" })).not.toBeInTheDocument();
    const form = screen.getByRole('form', { name: "Release Robin Former's file from legal hold" });
    await userEvent.type(within(form).getByRole('textbox'), 'Case closed');
    await userEvent.click(within(form).getByRole('button', { name: 'Release hold' }));
    await screen.findByText('Robin Former');
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({ headers: { 'if-match': '"r1"' }, body: { onHold: false, reason: 'Case closed' } });
  });
});

describe('parental notification', () => {
  it('lets a DSL record that parents were not told, with the reason, on the concern (If-Match)', async () => {
    const c = concern({ can: { ...dslCan, decideParentalNotification: true } });
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      routes: { 'GET /api/concerns/c-1': { body: c, etag: '"v1"' }, 'PATCH /api/concerns/c-1': { body: c, etag: '"v2"' } },
    });
    const form = await screen.findByRole('form', { name: 'Record the parental notification decision' });
    await userEvent.click(within(form).getByRole('radio', { name: 'No' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await within(form).findByText('Say why.')).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /Why are they not being told/ }), 'Social care advised against it.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record decision' }));
    await screen.findByRole('form', { name: 'Record the parental notification decision' });
    expect(calls.find((x) => x.method === 'PATCH')).toMatchObject({ headers: { 'if-match': '"v1"' }, body: { op: 'parentalNotification', informed: false, reason: 'Social care advised against it.' } });
  });

  it('offers the teacher no decision form', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { me: ME.teacher, routes: { 'GET /api/concerns/c-1': { body: concern(), etag: '"v1"' } } });
    await screen.findByRole('heading', { name: 'Concern C-ABC234' });
    expect(screen.queryByRole('form', { name: 'Record the parental notification decision' })).not.toBeInTheDocument();
  });

  it('lists concerns where parents were not told, showing the reason as text', async () => {
    renderSignedIn(<ParentalReportPage />, {
      routes: {
        'GET /api/reports/parental-notification': {
          body: { items: [{ concernId: 'c-9', ref: 'C-NOTOLD', status: 'closed', recordedAt: '2026-11-20T09:30:00Z', occurredAt: '2026-11-20T09:00:00Z', categories: ['welfare'], children: [{ childId: 'child-1', name: 'Harry Nguyen' }], reason: '<img src=x onerror=alert(1)> risk at home' }] },
        },
      },
    });
    expect(await screen.findByText('Why: <img src=x onerror=alert(1)> risk at home')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Concern C-NOTOLD' })).toHaveAttribute('href', '#/concerns/c-9');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('retention periods', () => {
  it('lets the admin lengthen a category, sending If-Match', async () => {
    const settings = { defaultYears: 25, categoryYears: {}, categories: [{ id: 'send', name: 'SEND' }, { id: 'welfare', name: 'Welfare' }] };
    const { calls } = renderSignedIn(<RetentionSettingsPage />, {
      me: ME.admin,
      routes: { 'GET /api/retention-settings': { body: settings, etag: '"s1"' }, 'PUT /api/retention-settings': { body: { ...settings, categoryYears: { send: 35 } }, etag: '"s2"' } },
    });
    const form = await screen.findByRole('form', { name: 'Retention periods' });
    await userEvent.type(within(form).getByRole('spinbutton', { name: /SEND/ }), '35');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({ headers: { 'if-match': '"s1"' }, body: { defaultYears: 25, categoryYears: { send: 35 } } });
  });
});
