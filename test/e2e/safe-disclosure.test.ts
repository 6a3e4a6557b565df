import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, buildTab, launchChromium, openAs, seriousViolations, startLocalLantern } from './tab-browser.js';

/** The subject-access review page: every mention in words, names no list knows, withholding under an exemption. */
const SHOTS = 'test-results';

let lantern: Awaited<ReturnType<typeof startLocalLantern>>;
let browser: Browser;
let sarId: string;
let concernRef: string;

beforeAll(async () => {
  await buildTab();
  await mkdir(SHOTS, { recursive: true });
  lantern = await startLocalLantern();
  browser = await launchChromium();
  const concern = await api<{ ref: string }>(lantern.url, 'teacher', 'POST', '/api/concerns', {
    children: [{ childId: 'child-003', role: 'subject' }],
    categories: ['welfare'],
    account: "Chloe said Maya Edwards took her lunch. Later Maya cried. Uncle Desmond Fairweather shouted at pick-up.",
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    parentsInformed: { informed: true },
  });
  concernRef = concern.ref;
  const sar = await api<{ id: string }>(lantern.url, 'dsl', 'POST', '/api/subject-access-requests', {
    childId: 'child-003', requester: { name: 'Sam Price', relationship: 'parent-carer' }, receivedOn: new Date().toISOString().slice(0, 10),
    identity: { checked: false },
  });
  sarId = sar.id;
});
afterAll(async () => {
  await browser?.close();
  await lantern?.stop();
});

describe('subject access review in the tab (local mode)', () => {
  for (const width of [400, 1280]) {
    it(`lists mentions in words and withholds a passage (${width} px)`, async () => {
      const tab = await openAs(browser, lantern.url, 'dsl', `#/subject-access/${sarId}`);
      const { page } = tab;
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole('button', { name: 'Build the export preview' }).click();
      await page.getByText('Possible names not on any list').waitFor();
      await page.getByText('Where Maya Edwards is named').click();
      const mentions = page.getByRole('list', { name: 'Where Maya Edwards is named' });
      expect(await mentions.getByRole('listitem').count()).toBe(2);
      expect(await mentions.innerText()).toContain('Later Maya cried');
      expect(await page.getByRole('list', { name: 'Possible names not on any list' }).innerText()).toContain('Desmond Fairweather');
      const body = await page.locator('body').innerText();
      expect(body).not.toMatch(/rd-[0-9a-f]{16}|\d{4}-\d\d-\d\dT\d\d|third-party-data|child-abuse-data|[0-9a-f]{8}-[0-9a-f]{4}-/);
      await page.screenshot({ path: `${SHOTS}/safe-disclosure-review-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width === 1280) {
        const form = page.getByRole('form', { name: 'Withhold information' });
        await form.locator('select').nth(0).selectOption({ label: `Concerns: Concern ${concernRef}` });
        await form.getByLabel(/Passage to withhold/).fill('Uncle Desmond Fairweather shouted at pick-up.');
        await form.locator('select').nth(1).selectOption('third-party-data');
        await form.getByLabel(/Note: why/).fill('Names a relative who is not on the record');
        await form.getByRole('button', { name: 'Withhold' }).click();
        const withheld = page.getByRole('list', { name: 'Withheld under an exemption' });
        await withheld.waitFor({ timeout: 10_000 }).catch(async (e) => {
          await page.screenshot({ path: `${SHOTS}/safe-disclosure-failed.png`, fullPage: true });
          throw e;
        });
        expect(await withheld.innerText()).toContain('Third-party data (DPA 2018 Sch. 2 Part 3 para 16)');
        await page.getByRole('list', { name: 'Possible names not on any list' }).waitFor({ state: 'detached' });
        await page.screenshot({ path: `${SHOTS}/safe-disclosure-withheld-${width}.png`, fullPage: true });
      }
      expect(await seriousViolations(page)).toEqual([]);
      expect(tab.dialogs).toEqual([]);
      await tab.close();
    });
  }
});
