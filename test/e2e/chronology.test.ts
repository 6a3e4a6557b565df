import { mkdir, readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, buildTab, launchChromium, openAs, seriousViolations, startLocalLantern, type TabPage } from './tab-browser.js';

/** The child's whole file in a browser: a concern and its referral linked, a referral contact and a case note on the chronology, Print as a PDF, a status ended and an adult added from the tab. */
const SHOTS = 'test-results';
const CHILD = 'child-014';
const SIBLING = 'child-015';

let lantern: Awaited<ReturnType<typeof startLocalLantern>>;
let browser: Browser;
let concern: { id: string; ref: string; etag?: string };
let referral: { id: string; ref: string };

beforeAll(async () => {
  await buildTab();
  await mkdir(SHOTS, { recursive: true });
  lantern = await startLocalLantern();
  browser = await launchChromium();
  concern = await api(lantern.url, 'teacher', 'POST', '/api/concerns', {
    children: [{ childId: CHILD, role: 'subject' }],
    categories: ['welfare'],
    account: 'Came in without breakfast again and fell asleep in assembly.',
    occurredAt: new Date(Date.now() - 48 * 3_600_000).toISOString(),
    parentsInformed: { informed: false, reason: 'DSL to decide' },
  });
  referral = await api(lantern.url, 'dsl', 'POST', '/api/referrals', {
    concernId: concern.id, childId: CHILD, agency: 'childrens-social-care', madeAt: new Date(Date.now() - 24 * 3_600_000).toISOString(), method: 'phone', reference: 'MASH-2201',
  });
  await api(lantern.url, 'dsl', 'POST', `/api/referrals/${referral.id}/contacts`, {
    at: new Date(Date.now() - 3_600_000).toISOString(), direction: 'outgoing', method: 'phone', who: 'MASH duty worker', summary: 'Decision expected tomorrow; asked for the outcome by email.',
  });
  await api(lantern.url, 'dsl', 'POST', '/api/case-notes', {
    childId: CHILD, concernId: concern.id, kind: 'call', method: 'phone', occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    with: [{ name: 'Mrs Okafor', relationship: 'parent-carer' }], summary: 'Mum says breakfast is a struggle; offered breakfast club.', followUpDate: '2030-01-15',
  });
  await api(lantern.url, 'teacher', 'POST', '/api/concerns', {
    children: [{ childId: SIBLING, role: 'subject' }], categories: ['welfare'], account: 'Said there was no food at home at the weekend.',
    occurredAt: new Date(Date.now() - 30 * 3_600_000).toISOString(), parentsInformed: { informed: false, reason: 'DSL to decide' },
  });
  await api(lantern.url, 'dsl', 'POST', `/api/children/${CHILD}/status-flags`, { flag: 'child-in-need', startDate: new Date(Date.now() - 72 * 3_600_000).toISOString().slice(0, 10) });
});
afterAll(async () => {
  await browser?.close();
  await lantern?.stop();
});

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

async function shots(tab: TabPage, name: string) {
  for (const width of [1280, 400]) {
    await tab.page.setViewportSize({ width, height: 900 });
    await tab.page.screenshot({ path: `${SHOTS}/chronology-${name}-${width}.png`, fullPage: true });
  }
  await tab.page.setViewportSize({ width: 1280, height: 900 });
  expect(await seriousViolations(tab.page), name).toEqual([]);
}

async function expectNoCodes(tab: TabPage) {
  const text = await tab.page.locator('main').innerText();
  expect(text).not.toMatch(ISO);
  for (const id of [concern.id, referral.id, 'referral-contact', 'childrens-social-care']) expect(text).not.toContain(id);
}

describe("the child's whole file in the tab (local mode)", () => {
  it('as dsl: the concern page shows the referral made from it', async () => {
    const tab = await openAs(browser, lantern.url, 'dsl', `#/concerns/${concern.id}`);
    const link = tab.page.getByRole('list', { name: 'Referrals made from this concern' }).getByRole('link', { name: `Referral ${referral.ref}` });
    await link.waitFor();
    await tab.page.getByText('MASH-2201', { exact: false }).first().waitFor();
    await expectNoCodes(tab);
    await shots(tab, 'concern');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('as dsl: the chronology shows the referral contact, and Print downloads the PDF', async () => {
    const tab = await openAs(browser, lantern.url, 'dsl', `#/children/${CHILD}`);
    const { page } = tab;
    const list = page.getByRole('list', { name: /Chronology/ });
    await list.getByText('MASH duty worker', { exact: false }).first().waitFor();
    await list.getByText('Decision expected tomorrow', { exact: false }).waitFor();
    await list.getByText('Mum says breakfast is a struggle', { exact: false }).waitFor();
    await list.getByText('Case note: call', { exact: false }).first().waitFor();
    await expect.poll(() => list.getByRole('link', { name: `Referral ${referral.ref}` }).count()).toBeGreaterThan(0);
    await expectNoCodes(tab);
    await shots(tab, 'child');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Print (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^chronology-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('as dsl: ends a status, adds an adult with parental responsibility and links a sibling from the tab; the family view lists the sibling\'s open concern', async () => {
    const tab = await openAs(browser, lantern.url, 'dsl', `#/children/${CHILD}`);
    const { page } = tab;
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByRole('button', { name: 'End Child in need' }).click();
    await status.getByRole('button', { name: 'End status' }).click();
    await page.getByRole('list', { name: /Chronology/ }).getByText('Child in need ended').first().waitFor();
    const family = page.getByRole('region', { name: 'Family' });
    await family.getByRole('button', { name: 'Add an adult' }).click();
    await family.getByRole('textbox', { name: /Name/ }).fill('Grace Okafor');
    await family.getByRole('textbox', { name: /Relationship/ }).fill('Mother');
    await family.getByRole('button', { name: 'Add adult' }).click();
    await family.getByText('Grace Okafor (Mother)').waitFor();
    await family.getByRole('button', { name: 'Link a sibling or household' }).click();
    const child = family.getByRole('combobox', { name: 'Child' });
    await expect.poll(() => child.locator('option').count()).toBeGreaterThan(1);
    await child.selectOption(SIBLING);
    await family.getByRole('button', { name: 'Add link' }).click();
    const openWork = family.getByRole('list', { name: 'Open work for linked children' });
    await openWork.getByText(/^Open for /).waitFor();
    await expect.poll(() => openWork.getByRole('link').count()).toBeGreaterThan(0);
    await expectNoCodes(tab);
    await shots(tab, 'child-family');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });
});
