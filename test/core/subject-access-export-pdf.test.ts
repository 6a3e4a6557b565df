import { createHash } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { RedactedChildFile } from '../../src/core/export/child-file.js';
import { createPdfRenderer } from '../../src/render/pdf/pdf-renderer.js';

const file = (entries: number): RedactedChildFile => ({
  format: 'lantern-child-file/1', purpose: 'Subject access request', reference: 'S-AAAAAA', generatedAt: '2026-11-27T10:00:00.000Z',
  child: { id: 'c', name: 'Amy Smith', givenName: 'Amy', familyName: 'Smith', dateOfBirth: '2018-05-01', upn: 'A1', yearGroup: '3' },
  school: { name: 'School' },
  sections: [{ key: 'concerns', title: 'Concerns', entries: Array.from({ length: entries }, (_, i) => ({ recordType: 'concern', recordId: `c-${i}`, title: `Concern C-${i}`, fields: [{ label: 'What happened', value: `Entry ${i}: [Child B] was there. Zoë 😀 ok.` }] })) }],
  redactions: [{ id: 'rd-1', kind: 'other-child', replacement: '[Child B]', redacted: true, occurrences: entries }],
});

async function collect(f: RedactedChildFile) {
  const chunks: Uint8Array[] = [];
  for await (const c of createPdfRenderer().render(f)) chunks.push(c);
  return chunks;
}

describe('PDF rendering of a child file', () => {
  it('streams a big file in many chunks (page by page), never as one buffer', async () => {
    const chunks = await collect(file(1500));
    expect(chunks.length).toBeGreaterThan(20);
    const total = chunks.reduce((n, c) => n + c.byteLength, 0);
    expect(Math.max(...chunks.map((c) => c.byteLength))).toBeLessThan(total / 10);
  });

  it('renders the same file to the same bytes (the hash an audit records can be checked)', async () => {
    const hash = async () => createHash('sha256').update(Buffer.concat(await collect(file(5)))).digest('hex');
    expect(await hash()).toBe(await hash());
  });

  it('keeps text extractable, showing characters the standard fonts lack as "?"', async () => {
    const bytes = new Uint8Array(Buffer.concat(await collect(file(2))));
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain('Subject access request: Amy Smith');
    expect(text).toContain('Entry 1: [Child B] was there. Zoë ? ok.');
  });
});
