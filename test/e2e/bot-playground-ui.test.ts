import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startScript, stopped } from '../support/processes.js';
import { startPlayground, type Playground } from '../bot/support/playground.js';

const SHOTS = 'test-results';

/** The same flow a person follows, in the playground's own web client in Debian chromium. */
describe('the Lantern bot in the Agents Playground web client (chromium)', () => {
  let dataDir: string;
  let lantern: ChildProcess;
  let playground: Playground;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lantern-bot-ui-'));
    const env = { PORT: String(await freePort()), COSMOS_PORT: String(await freePort()), LANTERN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    base = `http://127.0.0.1:${env.PORT}`;
    lantern = (await startScript('src/local/start.ts', env, 'Lantern is running', 120_000)).child;
    playground = await startPlayground(`${base}/api/messages`, await freePort(), join(dataDir, 'playground.log'));
    await playground.installInTeam(); // as `npm run playground` does: Lantern learns who it can alert
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    if (lantern) await stopped(lantern);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('types "log concern", fills the card, submits, and the DSL finds the concern', async () => {
    // Tall enough for the whole form, so the screenshot shows every field.
    const page = await browser.newPage({ viewport: { width: 1280, height: 2300 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    await page.goto(playground.url);
    const compose = page.getByRole('textbox').first();
    await compose.click({ timeout: 30_000 });
    await page.keyboard.type('log concern');
    await page.keyboard.press('Enter');

    const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'Submit concern' }).last();
    await form.getByText('Log a concern', { exact: true }).waitFor({ timeout: 30_000 });
    await form.getByRole('combobox', { name: 'Child', exact: true }).click();
    await page.keyboard.type('Maya');
    await page.getByRole('option', { name: /Maya Edwards/ }).click();
    await form.getByRole('combobox', { name: 'Categories' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'SEND' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Welfare' }).click();
    await page.keyboard.press('Escape');
    const account = 'Covered her ears during the fire drill and said "make it stop".';
    await form.getByLabel('What happened').fill(account);
    await form.getByLabel('Where it happened').fill('Year 5 classroom');
    // The card dates the form today and leaves the time for the person (issue 18): midnight is never in the future.
    await form.getByLabel(/Time it happened/).fill('00:00');
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.getByRole('combobox', { name: 'Staff to alert (optional)' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Alex Morgan' }).click();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(SHOTS, 'bot-playground-form.png') });

    await form.getByRole('button', { name: 'Submit concern' }).click();
    const recorded = page.getByText(/Concern C-[2-9A-Z]{6} recorded/);
    await recorded.waitFor({ timeout: 30_000 });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: join(SHOTS, 'bot-playground-confirmation.png') });
    const ref = (await recorded.textContent())!.split(' ')[1];

    const token = ((await (await fetch(`${base}/dev-idp/token?persona=dsl`)).json()) as { token: string }).token;
    const list = (await (await fetch(`${base}/api/concerns?status=new&limit=100`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: any[] };
    expect(list.items.find((c) => c.ref === ref)).toMatchObject({ account, categories: ['send', 'welfare'], children: [{ childId: 'child-013', role: 'subject' }] });
    await page.close();
  });
});
