import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepPendingDocuments } from '../../src/core/documents/sweep-pending-documents.js';
import { LanternError } from '../../src/core/errors.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * An upload interrupted between the blob write and the record write (the
 * process killed): simulated at the adapter boundary by failing the concern
 * write, with the process unable to clean up after itself.
 */
let t: TestApp;
let concernId: string;
const HALF_HOUR = 30 * 60_000;

const upload = async (name: string, text: string) =>
  fetch(`${t.url}/api/concerns/${concernId}/documents?name=${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await t.token('teacher')}`, 'content-type': 'application/octet-stream' },
    body: Buffer.from(text),
  });
const later = () => ({ ...t.app.deps, clock: () => new Date(Date.now() + 2 * HALF_HOUR) });

beforeAll(async () => {
  // A killed process removes nothing: discard does nothing here, as if the process had died.
  t = await startTestApp({}, { files: (blob) => ({ ...blob.store, discard: async () => undefined }) });
  concernId = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() })).json.id;
}, 60_000);
afterAll(() => t?.close());

describe('an upload interrupted after the blob write', () => {
  it('leaves no record naming a missing blob, and the sweep clears the pending blob', async () => {
    const concerns = t.app.deps.store.concerns;
    const replace = concerns.replace;
    concerns.replace = async () => {
      throw new LanternError('store_unavailable', 'killed');
    };
    try {
      expect((await upload('notes.txt', 'Written before the crash.')).status).toBe(503);
    } finally {
      concerns.replace = replace;
    }
    const left = await t.blob.names('documents');
    expect(left.filter((n) => n.startsWith('pending/'))).toHaveLength(1);
    expect((await t.call('dsl', 'GET', `/api/concerns/${concernId}`)).json.documents ?? []).toEqual([]);

    // Not yet old enough: an upload may still be on its way.
    expect(await sweepPendingDocuments(t.app.deps, HALF_HOUR)).toEqual({ kept: 0, deleted: 0 });
    const { blob } = t;
    const real = { ...t.app.deps, files: { ...t.app.deps.files!, store: blob.store } };
    expect(await sweepPendingDocuments({ ...real, clock: later().clock }, HALF_HOUR)).toEqual({ kept: 0, deleted: 1 });
    expect(await t.blob.names('documents')).toEqual([]);
  });

  it('a file whose record was saved but not yet marked committed is kept by the sweep and still downloads', async () => {
    const files = t.app.deps.files!.store;
    const commit = files.commit;
    files.commit = async () => {
      throw new Error('killed');
    };
    let docId: string;
    try {
      const res = await upload('kept.txt', 'Saved, then the crash.');
      expect(res.status).toBe(201);
      docId = ((await res.json()) as any).document.id;
    } finally {
      files.commit = commit;
    }
    expect((await t.blob.names('documents')).filter((n) => n.startsWith('pending/'))).toHaveLength(1);
    expect(await sweepPendingDocuments(later(), HALF_HOUR)).toEqual({ kept: 1, deleted: 0 });
    expect((await t.blob.names('documents')).filter((n) => n.startsWith('pending/'))).toEqual([]);
    const res = await fetch(`${t.url}/api/concerns/${concernId}/documents/${docId}/download`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
    expect(await res.text()).toBe('Saved, then the crash.');
  });
});
