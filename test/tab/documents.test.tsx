import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordDocument } from '../../src/tab/api/types.js';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { concern, dslCan, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const DOC: RecordDocument = {
  id: '7f1c2d9e-0000-4000-8000-000000000001', name: 'Letter from CSC.pdf', kind: 'pdf', size: 2_400_000,
  sha256: 'ab'.repeat(32), addedBy: { oid: 'oid-dsl', name: 'Alex Morgan' }, addedAt: '2026-11-21T10:00:00Z',
};

/** Stands in for the browser's XMLHttpRequest: reports progress in two steps, then answers 201 (or `status`). */
function fakeXhr(status = 201, body: unknown = { document: DOC }) {
  const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) { this.url = url; }
    setRequestHeader(k: string, v: string) { this.headers[k] = v; }
    getResponseHeader() { return null; }
    send(file: unknown) {
      sent.push({ url: this.url, headers: this.headers, body: file });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}
afterEach(() => vi.unstubAllGlobals());

describe('documents on the concern page', () => {
  it('lists attached files in words (kind, size, who, when), never their id or hash', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { body: concern({ documents: [DOC], can: dslCan }), etag: '"v1"' } } });
    const list = await screen.findByRole('list', { name: 'Attached documents' });
    expect(within(list).getByText('Letter from CSC.pdf')).toBeInTheDocument();
    expect(within(list).getByText(/PDF, 2\.3 MB, added by Alex Morgan on/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(DOC.id);
    expect(document.body.textContent).not.toContain(DOC.sha256);
    expect(within(list).getByRole('button', { name: 'Download Letter from CSC.pdf' })).toBeInTheDocument();
  });

  it('offers no drop zone to someone who may not attach', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { me: ME.teacher, routes: { 'GET /api/concerns/c-1': { body: concern({ documents: [DOC] }), etag: '"v1"' } } });
    await screen.findByRole('list', { name: 'Attached documents' });
    expect(screen.queryByRole('group', { name: 'Attach documents' })).not.toBeInTheDocument();
  });

  it('sends several dropped files as raw bytes, one after another, and shows each attached', async () => {
    const sent = fakeXhr();
    renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { body: concern({ can: { ...dslCan, attachDocument: true } }), etag: '"v1"' } } });
    const zone = await screen.findByRole('group', { name: 'Attach documents' });
    const files = [new File(['%PDF-1.4'], 'letter.pdf', { type: 'application/pdf' }), new File(['hello'], 'note.txt', { type: 'text/plain' })];
    fireEvent.drop(zone, { dataTransfer: { files } });
    expect(await screen.findByText('“note.txt” attached')).toBeInTheDocument();
    expect(screen.getByText('“letter.pdf” attached')).toBeInTheDocument();
    expect(sent.map((s) => s.url)).toEqual(['/api/concerns/c-1/documents?name=letter.pdf', '/api/concerns/c-1/documents?name=note.txt']);
    expect(sent[0]!.headers).toMatchObject({ 'content-type': 'application/octet-stream', authorization: 'Bearer test-token' });
  });

  it("shows the API's reason when a file is refused", async () => {
    fakeXhr(415, { error: { code: 'unsupported_media_type', message: '“photo.png” is a web page (HTML, SVG or XML), which Lantern does not accept.' } });
    renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { body: concern({ can: { ...dslCan, attachDocument: true } }), etag: '"v1"' } } });
    const zone = await screen.findByRole('group', { name: 'Attach documents' });
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['<html>'], 'photo.png')] } });
    expect(await screen.findByText('“photo.png” was not attached')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/is a web page/)).toBeInTheDocument());
  });
});
