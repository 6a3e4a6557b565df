import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, buildTab, launchChromium, seriousViolations, startLocalLantern } from './tab-browser.js';

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

/**
 * Wording still to fix, page by page, named here so the sweep fails on anything
 * new. Audit trail: people as object ids, records as ids, actions as dotted ids
 * (needs names from the server). Subject access request: identity check method
 * shown as its id. Each is listed in the test output on every run.
 */
const KNOWN_GAPS: Record<string, RegExp> = {
  audit: /: (guid|state id|action id) |^admin audit @400: axe scrollable-region-focusable|^teacher audit @\d+: did not settle/,
  'subject-access-request': /: state id known-to-school$/,
  // Pages a persona cannot use answer without a page heading (they should say who can use them).
  search: /^(teacher|admin) search @\d+: did not settle/,
  log: /^admin log @\d+: did not settle/,
  // The refusal message names the page by its id.
  'parents-not-informed': /: state id parental-notification$/,
  // Access mapping: Entra group ids shown where group names are not known (access settings work).
  access: /^admin access @\d+: guid /,
  // Referral timescales: agencies shown by id.
  'referral-settings': /: state id (childrens-social-care|early-help)$/,
};

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

/** The page has settled: a heading, no spinner, no request in flight for a moment. */
async function settled(page: Page) {
  await page.waitForFunction(() => !!document.querySelector('h1') && !document.querySelector('[role="progressbar"], .fui-Spinner'), undefined, { timeout: 20_000 });
  await page.waitForTimeout(150);
}

describe('every tab page as every persona, at 1280 and 400 px', () => {
  for (const persona of PERSONAS) {
    it(`as ${persona}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
      const page = await context.newPage();
      const problems: string[] = [];
      const gaps = new Set<string>();
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
              const problem = `${where}: did not settle (no heading or still loading)`;
              if (KNOWN_GAPS[p.name]?.test(problem)) gaps.add(`${p.name}: no page heading`);
              else problems.push(problem);
              continue;
            }
            await page.screenshot({ path: `${SHOTS}/${persona}-${p.name}-${width}.png`, fullPage: true });
            const text = await page.evaluate(() => document.body.innerText);
            for (const code of internalCodes(text)) {
              const problem = `${where}: ${code}`;
              if (KNOWN_GAPS[p.name]?.test(problem)) gaps.add(`${p.name}: ${code.split(' ').slice(0, -1).join(' ')}`);
              else problems.push(problem);
            }
            for (const v of await seriousViolations(page)) {
              const problem = `${where}: axe ${v}`;
              if (KNOWN_GAPS[p.name]?.test(problem)) gaps.add(`${p.name}: axe ${v.split(':')[0]}`);
              else problems.push(problem);
            }
            if (width === 400) {
              const box = await page.locator('h1').first().boundingBox();
              if (!box || box.y > 200) problems.push(`${where}: main heading starts at ${box ? Math.round(box.y) : '?'} px`);
            }
          }
        }
      } finally {
        await context.close();
      }
      if (gaps.size) console.warn(`known wording gaps as ${persona}: ${[...gaps].join('; ')}`);
      expect(problems).toEqual([]);
    }, 900_000);
  }
});
