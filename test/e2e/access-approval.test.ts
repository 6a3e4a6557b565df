import { mkdir } from 'node:fs/promises';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS } from '../../src/local/demo-identity.js';
import { api, buildTab, launchChromium, openAs, seriousViolations, startLocalLantern, type TabPage } from './tab-browser.js';

/**
 * Two people to widen access, in the tab (Chromium, local mode): an admin adds
 * a group to the DSL groups, which waits; a DSL reads what would change, who
 * asked, when and when it lapses, and approves it. Screenshots at 1280 and 400 px.
 */
const SHOTS = 'test-results/access-approval';
const PENDING = 'Access changes waiting for a second DSL';
const WHAT = 'Add the group “Lantern – head and deputy head” to the DSL groups.';

let lantern: Awaited<ReturnType<typeof startLocalLantern>>;
let browser: Browser;

beforeAll(async () => {
  await buildTab();
  await mkdir(SHOTS, { recursive: true });
  lantern = await startLocalLantern();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await lantern?.stop();
});

/** What a person reads in the region: no GUIDs, record ids or ISO timestamps. */
async function expectWordsOnly(region: Locator) {
  const text = (await region.innerText()) ?? '';
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(text).not.toMatch(/access-change|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
}

async function shots(tab: TabPage, name: string) {
  for (const width of [1280, 400]) {
    await tab.page.setViewportSize({ width, height: width === 400 ? 800 : 900 });
    await tab.page.waitForTimeout(200);
    await tab.page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    const box = await tab.page.locator('h1').first().boundingBox();
    expect(box && box.y < 200, `${name} @${width}: heading above the fold`).toBe(true);
  }
  await tab.page.setViewportSize({ width: 1280, height: 900 });
}

describe('two people to widen access, in the tab', () => {
  it('an admin proposes adding a group to the DSL groups; another DSL approves it on the Access page', async () => {
    const admin = await openAs(browser, lantern.url, 'admin', '#/access');
    {
      const { page } = admin;
      const pending = page.getByRole('region', { name: PENDING });
      await pending.getByText('No access change is waiting for approval.').waitFor();
      const form = page.getByRole('form', { name: 'Access mapping' });
      await form.getByRole('textbox', { name: /Add a group to DSL groups/ }).fill('head and deputy');
      await form.getByRole('button', { name: 'Add Lantern – head and deputy head' }).click();
      await form.getByRole('button', { name: 'Save access' }).click();
      await page.getByText('Waiting for a second DSL', { exact: true }).waitFor();
      expect(await page.getByText('Access saved').count()).toBe(0);
      const item = pending.getByRole('list', { name: PENDING }).getByRole('listitem');
      await item.getByText(WHAT).waitFor();
      const text = await item.innerText();
      expect(text).toMatch(/Asked by Taylor Reed on \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\./);
      expect(text).toMatch(/Lapses on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(in 7 days\)/);
      expect(text).toContain('You asked for this change, so it is waiting for another DSL');
      expect(await item.getByRole('button').count()).toBe(0); // an admin who is not a DSL cannot approve
      await expectWordsOnly(pending);
      expect(await seriousViolations(page)).toEqual([]);
      await shots(admin, 'admin-proposed');
      expect(admin.errors).toEqual([]);
      await admin.close();
    }

    // Not applied: the DSL groups are as they were.
    const before = await api<{ config: { dslGroups: string[] } }>(lantern.url, 'admin', 'GET', '/api/access-config');
    expect(before.config.dslGroups).not.toContain(DEMO_GROUPS.head);

    // A teacher sees neither the change nor a way to decide it.
    const teacher = await openAs(browser, lantern.url, 'teacher', '#/access');
    await teacher.page.getByText('Only Lantern admins and DSLs can see who has access.').waitFor();
    expect(await teacher.page.getByRole('region', { name: PENDING }).count()).toBe(0);
    expect(await teacher.page.getByRole('button', { name: /Approve/ }).count()).toBe(0);
    await teacher.close();

    const dsl = await openAs(browser, lantern.url, 'dsl', '#/access');
    {
      const { page } = dsl;
      const pending = page.getByRole('region', { name: PENDING });
      const item = pending.getByRole('list', { name: PENDING }).getByRole('listitem');
      await item.getByText(WHAT).waitFor();
      expect(await item.innerText()).toContain('Asked by Taylor Reed on');
      await expectWordsOnly(pending);
      expect(await seriousViolations(page)).toEqual([]);
      await shots(dsl, 'dsl-pending');

      await item.getByRole('button', { name: 'Approve…' }).click();
      await item.getByText('Approve this change?').waitFor();
      await shots(dsl, 'dsl-confirm');
      await item.getByRole('button', { name: 'Approve the change' }).click();
      await pending.getByText('Change approved').waitFor();
      await pending.getByText('No access change is waiting for approval.').waitFor();
      expect(await pending.innerText()).toContain(`${WHAT} It applies now.`);
      await expectWordsOnly(pending);
      expect(await seriousViolations(page)).toEqual([]);
      await shots(dsl, 'dsl-approved');
      expect(dsl.errors).toEqual([]);
      await dsl.close();
    }

    const after = await api<{ config: { dslGroups: string[] }; history: { proposal?: { step: string; requestedBy: { name: string }; decidedBy?: { name: string } } }[] }>(
      lantern.url, 'admin', 'GET', '/api/access-config',
    );
    expect(after.config.dslGroups).toContain(DEMO_GROUPS.head);
    expect(after.history.at(-1)?.proposal).toMatchObject({ step: 'approved', requestedBy: { name: 'Taylor Reed' }, decidedBy: { name: 'Alex Morgan' } });
  });
});
