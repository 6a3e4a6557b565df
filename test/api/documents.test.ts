import { createHash, randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let concernId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
let PNG: Buffer;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function upload(persona: string, id: string, name: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/api/concerns/${id}/documents?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await t.token(persona)}`, 'content-type': 'application/octet-stream', ...headers },
    body: bytes as unknown as BodyInit,
  });
  return { status: res.status, json: (await res.json()) as any };
}

const download = async (persona: string, id: string, docId: string, as = 'download') =>
  fetch(`${t.url}/api/concerns/${id}/documents/${docId}/${as}`, { headers: { authorization: `Bearer ${await t.token(persona)}` } });

const documentBlobs = async () => (await t.blob.names('documents')).filter((n) => !n.startsWith('pending/'));

beforeAll(async () => {
  t = await startTestApp();
  PNG = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } }).png().toBuffer();
  concernId = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() })).json.id;
}, 60_000);
afterAll(() => t?.close());

describe('documents on a concern (against Azurite)', () => {
  it('a PDF and a PNG download byte-identical, as attachments that cannot run in the browser', async () => {
    for (const [name, bytes, type] of [['letter from CSC.pdf', PDF, 'application/pdf'], ['drawing.png', PNG, 'image/png']] as const) {
      const up = await upload('teacher', concernId, name, bytes);
      expect(up.status).toBe(201);
      expect(up.json.document).toMatchObject({ name, size: bytes.length, sha256: sha(bytes) });
      const res = await download('dsl', concernId, up.json.document.id);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    }
    const concern = (await t.call('dsl', 'GET', `/api/concerns/${concernId}`)).json;
    expect(concern.documents.map((d: { name: string }) => d.name)).toEqual(['letter from CSC.pdf', 'drawing.png']);
    // The SHA-256 is in the version that added the file.
    const added = concern.history.find((v: any) => v.changes.some((c: any) => c.field === 'documents' && c.after.name === 'drawing.png'));
    expect(added.changes[0].after.sha256).toBe(sha(PNG));
  });

  it('a file larger than one upload block (20 MB) goes up in blocks and downloads byte-identical', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(20 * 1024 * 1024 - 9)]);
    const up = await upload('teacher', concernId, 'scanned report.pdf', big);
    expect(up.status).toBe(201);
    expect(up.json.document).toMatchObject({ size: big.length, sha256: sha(big) });
    const res = await download('dsl', concernId, up.json.document.id);
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(big));
    expect((await t.blob.names('documents')).filter((n) => n.startsWith('pending/'))).toEqual([]);
  });

  it('an image gets a preview the server made from its pixels', async () => {
    const png = (await t.call('dsl', 'GET', `/api/concerns/${concernId}`)).json.documents.find((d: any) => d.kind === 'png');
    const res = await download('dsl', concernId, png.id, 'preview');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 64, height: 48 });
  });

  it('an HTML file named .png is refused with a clear error and nothing is stored', async () => {
    const before = await documentBlobs();
    const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
    const up = await upload('teacher', concernId, 'photo.png', html);
    expect(up.status).toBe(415);
    expect(up.json.error.code).toBe('unsupported_media_type');
    expect(up.json.error.message).toMatch(/web page/);
    expect(await documentBlobs()).toEqual(before);
  });

  it('a PNG named .pdf is refused: the name must agree with the bytes', async () => {
    const up = await upload('teacher', concernId, 'report.pdf', PNG);
    expect(up.status).toBe(415);
    expect(up.json.error.message).toMatch(/named as \.pdf but its contents are a PNG image/);
  });

  it('a 30 MB file gets 413 and nothing is stored', async () => {
    const before = await documentBlobs();
    const big = Buffer.alloc(30 * 1024 * 1024, 0x20);
    big.write('%PDF-1.4\n');
    let status: number;
    try {
      status = (await upload('teacher', concernId, 'huge.pdf', big)).status;
    } catch {
      status = 413; // the server may close the connection before the client finished sending
    }
    expect(status).toBe(413);
    expect(await documentBlobs()).toEqual(before);
  });

  it('a file over the limit sent without a length (chunked) is cut off at the limit and nothing is kept', async () => {
    const before = await documentBlobs();
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    async function* body() {
      yield Buffer.from('%PDF-1.4\n');
      for (let i = 0; i < 27; i++) yield chunk;
    }
    const res = await fetch(`${t.url}/api/concerns/${concernId}/documents?name=stream.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.token('teacher')}`, 'content-type': 'application/octet-stream' },
      body: body() as any,
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    if (res) expect(res.status).toBe(413);
    expect(await documentBlobs()).toEqual(before);
  });

  it('teacher2, who cannot read the concern, gets 404 for its file and cannot attach to it', async () => {
    const doc = (await t.call('dsl', 'GET', `/api/concerns/${concernId}`)).json.documents[0];
    expect((await download('teacher2', concernId, doc.id)).status).toBe(404);
    expect((await download('teacher2', concernId, doc.id, 'preview')).status).toBe(404);
    expect((await download('otherDsl', concernId, doc.id)).status).toBe(404);
    expect((await upload('teacher2', concernId, 'a.txt', Buffer.from('hello'))).status).toBe(404);
    expect((await download('dsl', concernId, 'no-such-document')).status).toBe(404);
  });

  it('uploads, downloads, views and refusals are in the audit trail', async () => {
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${concernId}`)).json.items as { action: string; outcome: string }[];
    const seen = events.map((e) => `${e.action}:${e.outcome}`);
    expect(seen).toContain('concern.attachDocument:success');
    expect(seen).toContain('concern.document.download:success');
    expect(seen).toContain('concern.document.view:success');
    expect(seen).toContain('concern.document.download:denied');
  });

  it('plain text and email are accepted by their bytes; the file name is cleaned', async () => {
    const txt = await upload('teacher', concernId, '../../etc/notes\u202E.txt', Buffer.from('Phone call with mum at 3pm.\n'));
    expect(txt.status).toBe(201);
    expect(txt.json.document).toMatchObject({ name: 'notes.txt', kind: 'txt' });
    const eml = await upload('teacher', concernId, 'email.eml', Buffer.from('From: a@example.org\r\nSubject: Visit\r\n\r\nHello\r\n'));
    expect(eml.json.document).toMatchObject({ kind: 'eml' });
  });

  it('refuses a body that is not octet-stream, and an empty file', async () => {
    const json = await t.call('teacher', 'POST', `/api/concerns/${concernId}/documents?name=a.txt`, { body: { a: 1 } });
    expect(json.status).toBe(415);
    expect((await upload('teacher', concernId, 'empty.txt', Buffer.alloc(0))).status).toBe(422);
    expect((await upload('teacher', concernId, '', Buffer.from('x'))).status).toBe(422);
  });
});
