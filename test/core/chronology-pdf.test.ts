import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { chronologyDocument } from '../../src/core/chronology/chronology-document.js';
import type { ChronologyEntry } from '../../src/core/chronology/entry.js';
import { CHRONOLOGY_KINDS } from '../../src/core/chronology/sources.js';
import { createPdfRenderer } from '../../src/render/pdf/pdf-renderer.js';

const child = { id: 'child-1', type: 'child' as const, schoolId: 's', upn: 'A821000102947', givenName: 'Zofia', familyName: 'Wiśniewska', dateOfBirth: '2015-02-14', yearGroup: '6' };
const entry = (i: number): ChronologyEntry => ({
  id: `referral-contact:r-1:${i}`, kind: 'referral-contact', at: new Date(Date.UTC(2026, 10, 1, 9 + (i % 8), 0) + i * 86_400_000).toISOString(),
  recordedAt: '2026-12-04T18:56:00Z', by: { oid: 'o', name: 'Alex Morgan' }, title: `Contact with Children's social care: phone call to duty worker ${i}`,
  summary: 'Chased the decision; strategy discussion booked. '.repeat(4), details: [{ label: 'Next chase', value: '30/11/2026' }], categories: ['welfare'], record: { type: 'referral', id: 'r-1', ref: 'R-ABC234' },
});

async function render(entries: ChronologyEntry[], showDetails: boolean) {
  const doc = chronologyDocument({
    school: { name: 'Lantern Demo Primary School', timeZone: 'Europe/London', categories: [{ id: 'welfare', name: 'Welfare' }] },
    child, showDetails, printedBy: 'Alex Morgan', now: new Date('2026-12-04T18:56:00Z'), query: { category: 'welfare' }, kinds: CHRONOLOGY_KINDS, entries,
  });
  const chunks: Uint8Array[] = [];
  for await (const c of createPdfRenderer().renderChronology(doc)) chunks.push(c);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(chunks))), { mergePages: false });
  return (text as string[]).map((p) => p.replace(/\s+/g, ' '));
}

describe('the chronology PDF', () => {
  it('marks and numbers every page of a long chronology, in UK dates and words', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => entry(i));
    const pages = await render(entries, true);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => {
      expect(p.match(/OFFICIAL-SENSITIVE/g)?.length, `page ${i + 1}`).toBe(2);
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = pages.join(' ');
    for (const e of entries) expect(all).toContain(e.title);
    expect(all).toContain('Zofia Wiśniewska');
    expect(all).toContain('born 14 February 2015');
    expect(all).toContain('UPN A821000102947');
    expect(all).toContain('Printed by Alex Morgan on 4 December 2026, 18:56');
    expect(all).toContain('Showing all kinds of entry, category Welfare; oldest first.');
    expect(all).toContain('1 November 2026, 09:00 — Referral contact');
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}|referral-contact|r-1\b/);
  });

  it('leaves out UPN and date of birth for a reader who may not see them', async () => {
    const all = (await render([entry(1)], false)).join(' ');
    expect(all).not.toContain('A821000102947');
    expect(all).not.toContain('born');
    expect(all).toContain('Year 6');
  });
});
