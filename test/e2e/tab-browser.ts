import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, startScript, stopped } from '../support/processes.js';

/** Helpers for the tab's browser test: build, local mode, Debian chromium, axe. */
export function buildTab(): Promise<void> {
  return new Promise((resolve, reject) => {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn('node_modules/.bin/vite', ['build', '--config', 'src/tab/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

export async function startLocalLantern() {
  const dataDir = await mkdtemp(join(tmpdir(), 'lantern-tab-e2e-'));
  const env = { PORT: String(await freePort()), COSMOS_PORT: String(await freePort()), BLOB_PORT: String(await freePort()), LANTERN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const { child } = await startScript('src/local/start.ts', env, 'Lantern is running', 120_000);
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    async stop() {
      const exited = stopped(child);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

export interface TabPage {
  page: Page;
  /** Messages of alert/confirm/prompt dialogs that opened (a sign of script running). */
  dialogs: string[];
  /** Console errors and uncaught exceptions, e.g. CSP violations. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser context (nothing stored) signed in as `persona` through `/tab/?persona=`. */
export async function openAs(browser: Browser, url: string, persona: string, hash = '', colorScheme: 'light' | 'dark' = 'light'): Promise<TabPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/tab/?persona=${persona}${hash}`);
  return { page, dialogs, errors, close: () => context.close() };
}

/** axe-core violations that are serious or critical, as "rule: help (n nodes)". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

export async function devToken(url: string, persona: string): Promise<string> {
  const res = await fetch(`${url}/dev-idp/token?persona=${persona}`);
  return ((await res.json()) as { token: string }).token;
}

export async function api<T>(url: string, persona: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${await devToken(url, persona)}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
