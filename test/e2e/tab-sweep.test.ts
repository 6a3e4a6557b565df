import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { api, buildTab, launchChromium, startLocalLantern } from './tab-browser.js';

/**
 * Every tab page as every persona, at Teams desktop (1280 px) and Teams
 * mobile (400 px) widths: no text that reads like an internal code, axe
 * clean, and on a phone the page heading above the fold. One app, one
 * browser, one context per persona; screenshots in test-results/sweep.
 */
const SHOTS = 'test-results/sweep';
const PERSONAS = (process.env.SWEEP_PERSONAS ?? 'dsl,deputy,teacher,teacher2,senco,admin,outsider').split(',');
const WIDTHS = [1280, 400] as const;

/** Words people write with hyphens; anything else lower-case-with-hyphens reads like a state id. */
const ENGLISH_HYPHENATED = new Set([
  'child-on-child', 'follow-up', 'sign-in', 'e-mail', 'well-being', 'up-to-date', 'day-to-day', 'one-to-one', 'year-on-year',
  'non-dsl', 'in-school', 'step-by-step', 'long-term', 'short-term', 'part-time', 'full-time', 'co-ordinator', 'up-to',
  'self-harm', 'first-aid', 'on-site', 'off-site', 'x-ray', 'age-appropriate', 're-open', 're-opened', 'pre-school', 'after-school',
]);
const DOTTED_ALLOWED = /^(e\.g|i\.e|etc)\b/i;

export function internalCodes(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g)) found.push(`timestamp ${m[0]}`);
  for (const m of text.matchAll(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi)) found.push(`guid ${m[0]}`);
  for (const m of text.matchAll(/(?<![\w@/.-])[a-z]+(?:-[a-z]+)+(?![\w@/-])/g)) if (!ENGLISH_HYPHENATED.has(m[0])) found.push(`state id ${m[0]}`);
  for (const m of text.matchAll(/(?<![\w@/.-])[a-z][a-zA-Z]+(?:\.[a-z][a-zA-Z]+)+(?![\w@/])/g)) if (!DOTTED_ALLOWED.test(m[0])) found.push(`action id ${m[0]}`);
  return [...new Set(found)];
}

let lantern: Awaited<ReturnType<typeof startLocalLantern>>;
let browser: Browser;
let pages: { name: string; hash: string }[];

beforeAll(async () => {
  await buildTab();
  await mkdir(SHOTS, { recursive: true });
  lantern = await startLocalLantern();
  browser = await launchChromium();
  const concern = await api<{ id: string }>(lantern.url, 'teacher', 'POST', '/api/concerns', {
    children: [{ childId: 'child-020', role: 'subject' }],
    categories: ['welfare'],
    account: 'Said he had no coat and was cold at break.',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    parentsInformed: { informed: false, reason: 'DSL to decide' },
    urgent: true,
  });
  const referral = await api<{ id: string }>(lantern.url, 'dsl', 'POST', '/api/referrals', {
    concernId: concern.id, childId: 'child-020', agency: 'early-help', madeAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), method: 'portal', reference: 'EH-SWEEP-1',
  });
  const transfers = await api<{ items: { id: string }[] }>(lantern.url, 'dsl', 'GET', '/api/transfers');
  const sars = await api<{ items: { id: string }[] }>(lantern.url, 'dsl', 'GET', '/api/subject-access-requests').catch(() => ({ items: [] }));
  pages = [
    { name: 'home', hash: '#/' },
    { name: 'log', hash: '#/log' },
    { name: 'mine', hash: '#/mine' },
    { name: 'actions', hash: '#/actions' },
    { name: 'search', hash: '#/search' },
    { name: 'alerts', hash: '#/alerts' },
    { name: 'referrals', hash: '#/referrals' },
    { name: 'subject-access', hash: '#/subject-access' },
    { name: 'access', hash: '#/access' },
    { name: 'audit', hash: '#/audit' },
    { name: 'calendar', hash: '#/calendar' },
    { name: 'referral-settings', hash: '#/referral-settings' },
    { name: 'retention', hash: '#/retention' },
    { name: 'retention-settings', hash: '#/retention-settings' },
    { name: 'transfers', hash: '#/transfers' },
    { name: 'parents-not-informed', hash: '#/parents-not-informed' },
    { name: 'concern', hash: `#/concerns/${encodeURIComponent(concern.id)}` },
    { name: 'child', hash: '#/children/child-020' },
    { name: 'referral', hash: `#/referrals/${encodeURIComponent(referral.id)}` },
    ...(transfers.items[0] ? [{ name: 'transfer', hash: `#/transfers/${encodeURIComponent(transfers.items[0].id)}` }] : []),
    ...(sars.items[0] ? [{ name: 'subject-access-request', hash: `#/subject-access/${encodeURIComponent(sars.items[0].id)}` }] : []),
    { name: 'not-found', hash: '#/no-such-page' },
  ];
});
afterAll(async () => {
  await browser?.close();
  await lantern?.stop();
});

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations, as seriousViolations reports them, but with
 * axe injected once per page (the tab is one page; only its hash changes) and only
 * violations collected, which is what makes the sweep fit in CI time.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource); // as @axe-core/playwright injects it: no script tag, so the CSP stays untouched
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; impact?: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

/** The page has settled: a heading, no spinner, no request in flight for a moment. */
async function settled(page: Page) {
  await page.waitForFunction(() => !!document.querySelector('h1') && !document.querySelector('[role="progressbar"], .fui-Spinner'), undefined, { timeout: 20_000 });
  await page.waitForTimeout(150);
}

describe('every tab page as every persona, at 1280 and 400 px', () => {
  for (const persona of PERSONAS) {
    // Personas run side by side, each in its own browser context: the pages wait on the API, not only the CPU.
    it.concurrent(`as ${persona}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
      const page = await context.newPage();
      const problems: string[] = [];
      try {
        await page.goto(`${lantern.url}/tab/?persona=${persona}#/`);
        for (const p of pages) {
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: width === 400 ? 800 : 900 });
            await page.evaluate((h) => { window.location.hash = h; }, p.hash);
            const where = `${persona} ${p.name} @${width}`;
            try {
              await settled(page);
            } catch {
              problems.push(`${where}: did not settle (no heading or still loading)`);
              continue;
            }
            await page.screenshot({ path: `${SHOTS}/${persona}-${p.name}-${width}.png`, fullPage: true });
            const text = await page.evaluate(() => document.body.innerText);
            for (const code of internalCodes(text)) problems.push(`${where}: ${code}`);
            for (const v of await axeViolations(page)) problems.push(`${where}: axe ${v}`);
            if (width === 400) {
              const box = await page.locator('h1').first().boundingBox();
              if (!box || box.y > 200) problems.push(`${where}: main heading starts at ${box ? Math.round(box.y) : '?'} px`);
            }
          }
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    }, 900_000);
  }
});
