import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, buildTab, devToken, launchChromium, openAs, seriousViolations, startLocalLantern } from './tab-browser.js';

const SHOTS = 'test-results';
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i;

const pdfText = async (bytes: Uint8Array) => {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pages = (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text as string;
  return pages.replace(/\s+/g, ' ');
};

/** The body map in a browser: three marks placed by clicking the outlines, saved, and shown after a reload. */
let lantern: Awaited<ReturnType<typeof startLocalLantern>>;
let browser: Browser;
let concernId: string;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  await buildTab();
  lantern = await startLocalLantern();
  browser = await launchChromium();
  concernId = (await api<{ id: string }>(lantern.url, 'teacher', 'POST', '/api/concerns', {
    children: [{ childId: 'child-006', role: 'subject' }],
    categories: ['safeguarding'],
    account: 'Bruising seen when changing for PE.',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    parentsInformed: { informed: false, reason: 'DSL to decide' },
  })).id;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await lantern?.stop();
});

describe('body map (local mode, Chromium)', () => {
  it('as teacher: places three marks by clicking, saves, and sees them by area after a reload', async () => {
    const tab = await openAs(browser, lantern.url, 'teacher', `#/concerns/${concernId}`);
    const { page } = tab;
    await page.getByRole('button', { name: 'Add a body map' }).click();
    const marks = [
      { side: 'front', x: 0.2, y: 0.3, description: 'Bruise on the upper arm', area: 'Right arm' },
      { side: 'back', x: 0.5, y: 0.25, description: 'Red mark across the shoulders', area: 'Upper back' },
      { side: 'front', x: 0.42, y: 0.7, description: 'Cut below the knee', area: 'Right leg' },
    ];
    for (const m of marks) {
      const outline = page.locator(`svg[data-side="${m.side}"]`);
      await outline.scrollIntoViewIfNeeded();
      const box = (await outline.boundingBox())!;
      await page.mouse.click(box.x + m.x * box.width, box.y + m.y * box.height);
      await page.getByRole('textbox', { name: 'Description' }).fill(m.description);
      await page.getByRole('button', { name: 'Add mark' }).click();
    }
    await page.getByRole('button', { name: 'Save body map' }).click();
    await page.getByRole('button', { name: 'Change body map' }).waitFor();
    const saved = await api<{ bodyMap: { side: string; x: number; y: number; description: string }[] }>(lantern.url, 'dsl', 'GET', `/api/concerns/${concernId}`);
    // Where each click landed, within a pixel or two of where it was aimed.
    expect(saved.bodyMap.map((b) => b.description)).toEqual(marks.map((m) => m.description));
    saved.bodyMap.forEach((b, i) => {
      expect(b.side).toBe(marks[i]!.side);
      expect(Math.abs(b.x - marks[i]!.x)).toBeLessThan(0.02);
      expect(Math.abs(b.y - marks[i]!.y)).toBeLessThan(0.02);
    });
    await page.reload();
    const list = page.getByRole('region', { name: 'Marks by body area' });
    await list.waitFor();
    for (const [i, m] of marks.entries()) {
      await list.getByRole('heading', { name: m.area }).waitFor();
      await list.getByText(`${i + 1}. Bruise, 1 to 3 cm: ${m.description}`, { exact: false }).waitFor();
    }
    await page.getByRole('img', { name: 'Front of the body, 2 marks' }).waitFor();
    await page.getByRole('img', { name: 'Back of the body, 1 mark' }).waitFor();
    const stored = await api<{ bodyMap: unknown[] }>(lantern.url, 'dsl', 'GET', `/api/concerns/${concernId}`);
    expect(stored.bodyMap).toHaveLength(3);

    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/body-map-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    const shown = await page.locator('body').innerText();
    expect(shown).not.toMatch(ISO);
    expect(shown).not.toMatch(GUID);
    expect(shown).not.toContain(concernId);
    expect(shown).not.toMatch(/1-3cm|side: front|type: bruise/); // the version history says the marks in words too

    // The chronology PDF holds the marks in words: area, side and description.
    const res = await fetch(`${lantern.url}/api/children/child-006/chronology.pdf`, { headers: { authorization: `Bearer ${await devToken(lantern.url, 'dsl')}` } });
    expect(res.status).toBe(200);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    for (const [i, m] of marks.entries()) {
      expect(text).toContain(`Body map, mark ${i + 1}`);
      expect(text).toContain(`${m.area} (${m.side}). Bruise, 1 to 3 cm: ${m.description}`);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(tab.errors).toEqual([]);
    await tab.close();
  }, 120_000);
});
