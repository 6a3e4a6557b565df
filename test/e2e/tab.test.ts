import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialJsSize } from '../../src/tab/build/initial-size.js';
import { api, buildTab, launchChromium, openAs, seriousViolations, startLocalLantern, type TabPage } from './tab-browser.js';

const SHOTS = 'test-results';
const PAYLOAD = `<img src=x onerror="window.__xss=1;alert('img')"> <script>window.__xss=2;alert('script')</script> <a href="javascript:window.__xss=3">click</a> [link](javascript:alert(4))`;

let lantern: Awaited<ReturnType<typeof startLocalLantern>>;
let browser: Browser;
let hostile: { id: string; ref: string };

beforeAll(async () => {
  await buildTab();
  await mkdir(SHOTS, { recursive: true });
  lantern = await startLocalLantern();
  browser = await launchChromium();
  hostile = await api(lantern.url, 'teacher', 'POST', '/api/concerns', {
    children: [{ childId: 'child-020', role: 'subject' }],
    categories: ['behaviour'],
    account: PAYLOAD,
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    location: '"><svg onload=alert(5)>',
    actionTaken: '<iframe src="javascript:alert(8)"></iframe>',
    otherPeople: [{ name: '<script>alert(6)</script>', relationship: 'javascript:alert(7)' }],
    parentsInformed: { informed: false, reason: '<b onmouseover=alert(9)>hover</b>' },
  });
});
afterAll(async () => {
  await browser?.close();
  await lantern?.stop();
});

async function expectInert(tab: TabPage) {
  const { page } = tab;
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(tab.dialogs).toEqual([]);
  expect(await page.locator('img, iframe, svg[onload], script:not([src])').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
}

const noSeriousViolations = async (tab: TabPage, name: string) => expect(await seriousViolations(tab.page), name).toEqual([]);

describe('the Teams tab in a browser (local mode)', () => {
  it('keeps the initial JavaScript under 250 KB gzipped', () => {
    const size = initialJsSize('dist/tab');
    console.log(`tab initial JS: ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped (${(size.bytes / 1024).toFixed(1)} KB) in ${size.files.length} files`);
    expect(size.gzipBytes).toBeLessThanOrEqual(250 * 1024);
  });

  it('as dsl: home, triage a new concern, close it with outcome and summary, open a chronology', async () => {
    const dark = await openAs(browser, lantern.url, 'dsl', '', 'dark');
    await dark.page.getByRole('heading', { name: 'Safeguarding dashboard' }).waitFor();
    await dark.page.getByRole('table', { name: /Concerns by category/ }).waitFor();
    await dark.page.screenshot({ path: `${SHOTS}/tab-home-dark.png`, fullPage: true });
    await dark.close();

    const tab = await openAs(browser, lantern.url, 'dsl');
    const { page } = tab;
    const queue = page.getByRole('list', { name: 'New concerns, oldest first' });
    await queue.waitFor();
    await page.getByRole('table', { name: /Concerns by category/ }).waitFor();
    await page.getByRole('region', { name: 'Referrals' }).getByText(/R-|No referral|arrive soon/).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/tab-home-light.png`, fullPage: true });
    await noSeriousViolations(tab, 'home');

    await queue.getByRole('link', { name: /^C-/ }).first().click();
    const triage = page.getByRole('form', { name: 'Triage this concern' });
    await triage.getByRole('combobox', { name: /^Decision/ }).selectOption('monitor');
    await triage.getByLabel('Reasons for the decision').fill('Pattern of welfare concerns; monitor and speak to parents.');
    await noSeriousViolations(tab, 'concern');
    await triage.getByRole('button', { name: 'Record triage' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Triage' }).textContent()).toContain('Monitor');

    const close = page.getByRole('form', { name: 'Close this concern' });
    await close.getByLabel('Outcome').fill('Parents engaged; breakfast club place arranged.');
    await close.getByLabel('Summary of how it was resolved').fill('Met parents on 28 Nov; attendance and welfare now good.');
    await page.screenshot({ path: `${SHOTS}/tab-concern-light.png`, fullPage: true });
    await close.getByRole('button', { name: 'Close concern' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Closure' }).textContent()).toMatch(/Closed by\s*Alex Morgan/);
    expect(await page.getByRole('form', { name: 'Close this concern' }).count()).toBe(0);

    await page.getByRole('region', { name: 'Details' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Chronology: / }).waitFor();
    await page.getByRole('list', { name: /^Chronology, oldest first/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/tab-chronology-light.png`, fullPage: true });
    await noSeriousViolations(tab, 'chronology');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('as teacher: logs a concern and sees it under My concerns; teacher2 cannot open it by URL', async () => {
    const tab = await openAs(browser, lantern.url, 'teacher', '#/log');
    const { page } = tab;
    const form = page.getByRole('form', { name: 'Log a concern' });
    await form.getByLabel('Add a child').selectOption('child-005');
    await form.getByRole('button', { name: 'Add child' }).click();
    await form.getByRole('checkbox', { name: 'Welfare' }).check();
    await form.getByLabel('What happened').fill('Said she was scared to go home after school today.');
    await form.getByRole('radio', { name: 'Yes' }).check();
    await noSeriousViolations(tab, 'log');
    await page.screenshot({ path: `${SHOTS}/tab-log-light.png`, fullPage: true });
    await form.getByRole('button', { name: 'Log concern' }).click();
    await page.getByText('Concern logged').waitFor();
    const ref = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace('Concern ', '');
    const id = decodeURIComponent(page.url().split('#/concerns/')[1]!.split('?')[0]!);

    await page.getByRole('navigation', { name: 'Lantern' }).getByRole('link', { name: 'My concerns' }).click();
    await page.getByRole('list', { name: 'My concerns' }).getByRole('link', { name: ref }).waitFor();
    await tab.close();

    const other = await openAs(browser, lantern.url, 'teacher2', `#/concerns/${id}`);
    await other.page.getByText('Concern was not found').waitFor();
    expect(await other.page.getByText('scared to go home').count()).toBe(0);
    await other.close();
  });

  it('as dsl: lists referrals, opens one and adds a contact; as admin: sees the access mapping', async () => {
    const referral = await api<{ id: string; ref: string }>(lantern.url, 'dsl', 'POST', '/api/referrals', {
      concernId: hostile.id,
      childId: 'child-020',
      agency: 'early-help',
      madeAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      method: 'portal',
      reference: 'EH-E2E-1',
    });
    const tab = await openAs(browser, lantern.url, 'dsl', '#/referrals?status=open');
    const { page } = tab;
    await page.getByRole('list', { name: 'Referrals' }).getByRole('link', { name: referral.ref }).click();
    const contact = page.getByRole('form', { name: 'Add a contact' });
    await contact.getByLabel('Who at the agency').fill('Early help hub duty worker');
    await contact.getByLabel('Summary').fill(PAYLOAD);
    await noSeriousViolations(tab, 'referral');
    await contact.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('list', { name: 'Contacts' }).getByText(PAYLOAD.slice(0, 40)).waitFor();
    await expectInert(tab);
    await page.screenshot({ path: `${SHOTS}/tab-referral-light.png`, fullPage: true });
    await page.evaluate(() => { window.location.hash = '#/referrals'; });
    await page.getByRole('list', { name: 'Referrals' }).waitFor();
    await noSeriousViolations(tab, 'referrals');
    expect(tab.errors).toEqual([]);
    await tab.close();

    const admin = await openAs(browser, lantern.url, 'admin', '#/access');
    await admin.page.getByRole('navigation', { name: 'Lantern' }).getByRole('link', { name: 'Access' }).waitFor();
    await admin.page.getByRole('form', { name: 'Access mapping' }).getByRole('list', { name: 'DSL groups' }).waitFor();
    await admin.page.getByRole('region', { name: 'Access report' }).waitFor();
    await admin.page.screenshot({ path: `${SHOTS}/tab-access-light.png`, fullPage: true });
    await noSeriousViolations(admin, 'access');
    expect(admin.errors).toEqual([]);
    await admin.close();
  });

  it('renders script and HTML payloads as inert text on every page that shows them', async () => {
    const pages: [string, string][] = [
      ['dsl', `#/concerns/${hostile.id}`],
      ['dsl', '#/children/child-020'],
      ['dsl', '#/search?childId=child-020'],
      ['dsl', ''],
      ['teacher', '#/mine'],
      ['teacher', `#/concerns/${hostile.id}`],
    ];
    for (const [persona, hash] of pages) {
      const tab = await openAs(browser, lantern.url, persona, hash);
      console.log(`inert check: ${persona} ${hash || 'home'}`);
      if (hash) await tab.page.getByText(PAYLOAD.slice(0, 40)).first().waitFor();
      else await tab.page.getByRole('link', { name: hostile.ref }).waitFor();
      await tab.page.waitForTimeout(300);
      await expectInert(tab);
      await tab.close();
    }
  });
});
