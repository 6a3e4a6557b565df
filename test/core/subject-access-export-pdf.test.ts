import { createHash } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { RedactedChildFile } from '../../src/core/export/child-file.js';
import { createPdfRenderer } from '../../src/render/pdf/pdf-renderer.js';

const file = (entries: number): RedactedChildFile => ({
  format: 'lantern-child-file/1', purpose: 'Subject access request', reference: 'S-AAAAAA', generatedAt: '2026-11-27T10:00:00.000Z',
  child: { id: 'c', name: 'Amy Smith', givenName: 'Amy', familyName: 'Smith', dateOfBirth: '2018-05-01', upn: 'A1', yearGroup: '3' },
  school: { name: 'School' },
  sections: [{ key: 'concerns', title: 'Concerns', entries: Array.from({ length: entries }, (_, i) => ({ recordType: 'concern', recordId: `c-${i}`, title: `Concern C-${i}`, fields: [{ label: 'What happened', value: `Entry ${i}: [Child B] was there. Zoë 漢 ok. Łukasz Wójcik, Ștefan Öztürk, Σοφία, Дмитрий.` }] })) }],
  redactions: [{ id: 'rd-1', kind: 'other-child', replacement: '[Child B]', redacted: true, occurrences: entries }],
});

async function collect(f: RedactedChildFile) {
  const chunks: Uint8Array[] = [];
  for await (const c of createPdfRenderer().render(f)) chunks.push(c);
  return chunks;
}

describe('PDF rendering of a child file', () => {
  it('streams a big file in many chunks (page by page), never as one buffer', async () => {
    const chunks = await collect(file(3000));
    expect(chunks.length).toBeGreaterThan(40);
    const total = chunks.reduce((n, c) => n + c.byteLength, 0);
    // The largest chunk is a page or the embedded font subset written at the end, whatever the file's size.
    const largest = Math.max(...chunks.map((c) => c.byteLength));
    expect(largest).toBeLessThan(48 * 1024);
    expect(total).toBeGreaterThan(4 * largest);
  });

  it('renders the same file to the same bytes (the hash an audit records can be checked)', async () => {
    const hash = async () => createHash('sha256').update(Buffer.concat(await collect(file(5)))).digest('hex');
    expect(await hash()).toBe(await hash());
  });

  it('keeps text extractable, prints names in Polish, Romanian, Turkish, Greek and Cyrillic, and shows only what the font lacks as "?"', async () => {
    const bytes = new Uint8Array(Buffer.concat(await collect(file(2))));
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain('The information School holds about Amy Smith');
    expect(text).toContain('Entry 1: [Child B] was there. Zoë ? ok.');
    expect(text).toContain('Łukasz Wójcik, Ștefan Öztürk, Σοφία, Дмитрий.');
  });
});
