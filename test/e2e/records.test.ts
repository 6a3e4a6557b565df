import { mkdir, readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoLeavers } from '../../src/local/demo-school.js';
import { api, buildTab, devToken, launchChromium, openAs, seriousViolations, startLocalLantern, type TabPage } from './tab-browser.js';

/** Records for life in a browser: audit trail, retention, transfers, parental notification, school settings. */
const SHOTS = 'test-results';
const TEACHER_OID = personaByKey('teacher')!.oid;

let lantern: Awaited<ReturnType<typeof startLocalLantern>>;
let browser: Browser;
let logged: { id: string; ref: string };

beforeAll(async () => {
  await buildTab();
  await mkdir(SHOTS, { recursive: true });
  lantern = await startLocalLantern();
  browser = await launchChromium();
  logged = await api(lantern.url, 'teacher', 'POST', '/api/concerns', {
    children: [{ childId: 'child-006', role: 'subject' }],
    categories: ['welfare'],
    account: 'Said he was left at home alone overnight at the weekend.',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    parentsInformed: { informed: true },
  });
  // A view and a refusal by the teacher, for the DSL to find in the trail.
  await api(lantern.url, 'teacher', 'GET', `/api/concerns/${logged.id}`);
  const refused = await fetch(`${lantern.url}/api/audit-events`, { headers: { authorization: `Bearer ${await devToken(lantern.url, 'teacher')}` } });
  expect(refused.status).toBe(403);
  // A DSL reading a chronology: an event about a child, which an admin must not be able to tie to the child.
  await api(lantern.url, 'dsl', 'GET', '/api/children/child-008/chronology');
});
afterAll(async () => {
  await browser?.close();
  await lantern?.stop();
});

async function checkPage(tab: TabPage, name: string) {
  await tab.page.screenshot({ path: `${SHOTS}/records-${name}.png`, fullPage: true });
  expect(await seriousViolations(tab.page), name).toEqual([]);
}

const go = (tab: TabPage, hash: string) => tab.page.evaluate((h) => { window.location.hash = h; }, hash);
const auditRows = (tab: TabPage) => tab.page.getByRole('table', { name: 'Audit events' }).getByRole('row');

describe('records for life in the tab (local mode)', () => {
  it('as dsl: filters the audit trail to a view and a refusal, and downloads it as CSV', async () => {
    const tab = await openAs(browser, lantern.url, 'dsl', '#/audit');
    const { page } = tab;
    await page.getByRole('navigation', { name: 'Lantern' }).getByRole('link', { name: 'Audit trail' }).waitFor();
    await auditRows(tab).nth(1).waitFor();
    const filters = page.getByRole('search', { name: 'Audit filters' });
    await filters.getByLabel('Person (object id)').fill(TEACHER_OID);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await auditRows(tab).filter({ hasText: 'concern.read' }).filter({ hasText: 'Success' }).first().waitFor();
    await auditRows(tab).filter({ hasText: 'audit.list' }).filter({ hasText: 'Denied' }).first().waitFor();
    await checkPage(tab, 'audit-dsl');

    await filters.getByLabel('Action').fill('audit.list');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.url()).toContain('action=audit.list');
    await expect.poll(async () => (await auditRows(tab).allTextContents()).slice(1).every((r) => r.includes('audit.list') && r.includes('Denied'))).toBe(true);
    expect(await auditRows(tab).count()).toBeGreaterThan(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Action');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`${TEACHER_OID}.*audit\\.list.*denied`));
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('as dsl: sees the former pupil file due for review and the seeded transfer', async () => {
    const tab = await openAs(browser, lantern.url, 'dsl', '#/retention');
    const { page } = tab;
    const file = page.getByRole('list', { name: 'Child protection files' }).getByRole('listitem').filter({ hasText: 'Hannah Fletcher' });
    await file.waitFor();
    expect(await file.textContent()).toContain('Due for review');
    await checkPage(tab, 'retention');
    await page.getByRole('radio', { name: 'All files' }).check();
    const open = page.getByRole('list', { name: 'Child protection files' }).getByRole('listitem').filter({ hasText: 'Oscar Reid' });
    expect(await open.textContent()).toContain('still open');

    await page.getByRole('navigation', { name: 'Lantern' }).getByRole('link', { name: 'Transfers' }).click();
    const transfer = page.getByRole('list', { name: 'Transfers' }).getByRole('listitem').filter({ hasText: 'Oscar Reid → Riverside Primary School' });
    await transfer.waitFor();
    await checkPage(tab, 'transfers');
    await transfer.getByRole('link', { name: /^Transfer T-/ }).click();
    const record = page.getByRole('article', { name: /^Transfer T-/ });
    await record.getByRole('heading', { name: /^Transfer T-/ }).waitFor();
    expect(await record.textContent()).toContain('Riverside Primary School (URN 100234)');
    await checkPage(tab, 'transfer');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('as dsl: records that parents were not informed, and finds it on the report', async () => {
    const reason = 'Telling the parents could put the child at risk; agreed with social care.';
    const tab = await openAs(browser, lantern.url, 'dsl', `#/concerns/${logged.id}`);
    const { page } = tab;
    const section = page.getByRole('region', { name: 'Parental notification' });
    const form = section.getByRole('form', { name: 'Record the parental notification decision' });
    await form.getByRole('radio', { name: 'No' }).check();
    await form.getByLabel('Why are they not being told?').fill(reason);
    await checkPage(tab, 'parental-decision');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => section.textContent()).toContain(`No — ${reason}`);

    await page.getByRole('navigation', { name: 'Lantern' }).getByRole('link', { name: 'Parents not informed' }).click();
    const item = page.getByRole('list', { name: 'Concerns where parents were not informed' }).getByRole('listitem').filter({ hasText: reason });
    await item.getByRole('link', { name: `Concern ${logged.ref}` }).waitFor();
    expect(await item.textContent()).toContain('decided by Alex Morgan');
    await checkPage(tab, 'parents-not-informed');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('as admin: sees the audit trail without children, adds a closure day and changes a timescale', async () => {
    const tab = await openAs(browser, lantern.url, 'admin', '#/audit');
    const { page } = tab;
    await auditRows(tab).nth(1).waitFor();
    expect(await page.getByRole('combobox', { name: 'Child' }).count()).toBe(0);
    const children = [...demoChildren(), ...demoLeavers('2026-01-01')];
    const everyChild = new RegExp(children.flatMap((c) => [c.id, c.upn, `${c.givenName} ${c.familyName}`]).join('|'));
    expect(await page.getByRole('table', { name: 'Audit events' }).textContent()).not.toMatch(everyChild);
    const filters = page.getByRole('search', { name: 'Audit filters' });
    await filters.getByLabel('Action').fill('chronology.read');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await auditRows(tab).filter({ hasText: 'chronology.read' }).filter({ hasText: 'child (withheld)' }).first().waitFor();
    expect(await page.getByRole('table', { name: 'Audit events' }).textContent()).not.toMatch(everyChild);
    await checkPage(tab, 'audit-admin');

    await go(tab, '#/calendar');
    const calendar = page.getByRole('form', { name: 'School calendar' });
    await calendar.getByRole('button', { name: 'Add a closure day' }).click();
    const closures = calendar.getByRole('list', { name: 'Closure days' });
    await closures.getByRole('listitem').last().getByLabel(/^Closure day \d+$/).fill('2027-03-05');
    await checkPage(tab, 'calendar');
    await calendar.getByRole('button', { name: 'Save calendar' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('form', { name: 'School calendar' }).waitFor();
    await expect.poll(() => closureDays(tab)).toContain('2027-03-05');

    await go(tab, '#/referral-settings');
    const settings = page.getByRole('form', { name: 'Referral timescales' });
    const days = settings.getByLabel('Days for Acknowledged by early help');
    await expect.poll(() => days.inputValue()).toBe('10');
    await days.fill('12');
    await checkPage(tab, 'referral-settings');
    await settings.getByRole('button', { name: 'Save timescales' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    const saved = await api<{ agencies: { id: string; milestones: { key: string; timescale?: { amount: number } }[] }[] }>(lantern.url, 'admin', 'GET', '/api/referral-settings');
    expect(saved.agencies.find((a) => a.id === 'early-help')?.milestones[0]?.timescale?.amount).toBe(12);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('as teacher: no records pages in the navigation, and the audit trail by address shows an access message', async () => {
    const tab = await openAs(browser, lantern.url, 'teacher', '#/audit');
    const { page } = tab;
    const nav = page.getByRole('navigation', { name: 'Lantern' });
    await nav.getByRole('link', { name: 'My concerns' }).waitFor();
    for (const name of ['Audit trail', 'Retention', 'Retention periods', 'Transfers', 'Parents not informed', 'School calendar', 'Referral timescales']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    }
    await page.getByText('The audit trail is for DSLs and Lantern admins.').waitFor();
    expect(await page.getByRole('table', { name: 'Audit events' }).count()).toBe(0);
    expect(await page.getByText(TEACHER_OID).count()).toBe(0);
    await checkPage(tab, 'audit-teacher');
    await tab.close();
  });
});

async function closureDays(tab: TabPage): Promise<string[]> {
  const inputs = tab.page.getByRole('list', { name: 'Closure days' }).getByLabel(/^Closure day \d+$/);
  return Promise.all((await inputs.all()).map((i) => i.inputValue()));
}
