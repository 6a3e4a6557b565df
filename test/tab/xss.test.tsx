import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ChronologyPage from '../../src/tab/pages/chronology/ChronologyPage.js';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { MyConcernsList } from '../../src/tab/pages/mine/MyConcernsList.js';
import { Dashboard } from '../../src/tab/pages/home/Dashboard.js';
import { concern, dashboard, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const LINK = '[click](javascript:window.__xss=3) javascript:window.__xss=4';
const payload = `${IMG} ${SCRIPT} ${LINK}`;

const hostile = concern({
  account: payload,
  location: IMG,
  actionTaken: SCRIPT,
  parentsInformed: { informed: false, reason: LINK },
  otherPeople: [{ name: IMG, relationship: SCRIPT }],
  children: [{ childId: 'child-1', role: 'subject', name: SCRIPT }],
  createdBy: { oid: 'x', name: IMG },
  history: [{ version: 2, changedBy: { oid: 'x', name: SCRIPT }, changedAt: '2026-11-21T10:00:00Z', changes: [{ field: 'account', before: IMG, after: LINK }] }],
});

function expectInert(container: HTMLElement) {
  expect(container.querySelector('img, script, iframe, object')).toBeNull();
  for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  expect((window as { __xss?: number }).__xss).toBeUndefined();
}

describe('user text is inert on every page', () => {
  beforeEach(() => delete (window as { __xss?: number }).__xss);
  afterEach(() => delete (window as { __xss?: number }).__xss);

  it('concern page', async () => {
    const { container } = renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { body: hostile, etag: '"1"' } } });
    expect(await screen.findByText(payload)).toBeInTheDocument();
    expectInert(container);
  });

  it('chronology', async () => {
    const chronology = { child: { id: 'child-1', name: SCRIPT, yearGroup: '1' }, kinds: [{ id: 'concern', label: SCRIPT }], entries: [
      { id: 'concern:c-1', kind: 'concern', at: '2026-11-20T09:00:00Z', recordedAt: '2026-11-20T09:05:00Z', title: SCRIPT, summary: payload, details: [{ label: IMG, value: LINK }], categories: ['welfare'], record: { type: 'concern', id: 'c-1', ref: IMG }, by: { oid: 'x', name: IMG } },
      { id: 'referral:r-1', kind: 'referral-contact', at: '2026-11-21T09:00:00Z', recordedAt: '2026-11-21T09:00:00Z', title: LINK, summary: LINK, details: [], categories: [], record: { type: 'referral', id: 'javascript:alert(1)', ref: IMG } },
    ] };
    const { container } = renderSignedIn(<ChronologyPage id="child-1" />, { routes: { 'GET /api/children/child-1/chronology': { body: chronology } } });
    expect(await screen.findByText(payload)).toBeInTheDocument();
    expectInert(container);
  });

  it('lists and dashboard', async () => {
    const d = dashboard();
    d.triage.items[0]!.children[0]!.name = IMG;
    d.actions.overdue[0]!.description = SCRIPT;
    const { container } = renderSignedIn(
      <>
        <Dashboard />
        <MyConcernsList />
      </>,
      { me: ME.dsl, routes: { 'GET /api/dashboard': { body: d }, 'GET /api/me/concerns': { body: { items: [hostile] } } } },
    );
    expect(await screen.findByText(payload)).toBeInTheDocument();
    expect((await screen.findAllByText(SCRIPT)).length).toBeGreaterThan(0);
    expectInert(container);
  });
});
