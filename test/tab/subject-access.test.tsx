import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { href, parseRoute } from '../../src/tab/app/routes.js';
import { SubjectAccessPanel } from '../../src/tab/pages/home/SubjectAccessPanel.js';
import SubjectAccessListPage from '../../src/tab/pages/subject-access/SubjectAccessListPage.js';
import SubjectAccessPage from '../../src/tab/pages/subject-access/SubjectAccessPage.js';
import type { ExportPreview, SubjectAccessRequest } from '../../src/tab/pages/subject-access/types.js';
import { renderSignedIn } from './support/render.js';

const DSL = { oid: 'oid-dsl', name: 'Alex Morgan' };

function sar(overrides: Partial<SubjectAccessRequest> = {}): SubjectAccessRequest {
  return {
    id: 'sar-1', ref: 'S-AB12CD', childId: 'child-001', childName: 'Amara Okafor',
    requester: { name: 'Ngozi Okafor', relationship: 'parent-carer' }, receivedOn: '2026-10-31',
    identity: { checked: true, method: 'known-to-school', checkedOn: '2026-10-31', by: DSL }, notes: '',
    status: 'open', dueOn: '2026-11-30', dueAt: '2026-12-01T00:00:00.000Z', deadlineCycle: 1,
    deadline: { dueOn: '2026-11-30', dueAt: '2026-12-01T00:00:00.000Z', state: 'due-soon', extended: false },
    redactionDecisions: [], releases: [], version: 1, ...overrides,
  };
}
const preview = (redacted = true): ExportPreview => ({
  recordIds: ['concern:c-1@1'],
  file: { sections: [{ key: "concerns", title: "Concerns", entries: [{ recordId: "c-1", title: "Concern C-1", fields: [{ label: "What happened", value: "[Child B] pushed Amara." }] }] }] },
  redactions: [{ id: 'rd-0123456789abcdef', kind: 'other-child', replacement: '[Child B]', original: 'Ben Hughes', relationship: 'alleged-perpetrator', occurrences: 3, redacted }],
});

describe('subject access routes', () => {
  it('has a list page and a page per request', () => {
    expect(parseRoute('#/subject-access')).toEqual({ page: 'subject-access' });
    expect(parseRoute('#/subject-access/sar-1')).toEqual({ page: 'subject-access-request', id: 'sar-1' });
    expect(parseRoute('#/subject-access/<x>')).toEqual({ page: 'not-found' });
    expect(href.subjectAccess('sar 1')).toBe('#/subject-access/sar%201');
  });
});

describe('subject access list and home panel', () => {
  it('lists open requests with their deadline, linking to each', async () => {
    renderSignedIn(<SubjectAccessListPage />, {
      routes: {
        'GET /api/subject-access-requests': (c) => ({ body: { items: c.path.includes('status=open') ? [sar({ deadline: { ...sar().deadline, state: 'overdue' } })] : [] } }),
      },
    });
    const list = await screen.findByRole('list', { name: 'Open requests' });
    expect(within(list).getByRole('link', { name: 'S-AB12CD' })).toHaveAttribute('href', '#/subject-access/sar-1');
    expect(list).toHaveTextContent('Overdue');
    expect(list).toHaveTextContent('Respond by');
  });

  it('shows requests due on the DSL home', async () => {
    const { calls } = renderSignedIn(<SubjectAccessPanel />, { routes: { 'GET /api/subject-access-requests': { body: { items: [sar()] } } } });
    const list = await screen.findByRole('list', { name: 'Subject access requests due' });
    expect(list).toHaveTextContent('Due soon');
    expect(calls.some((c) => c.path === '/api/subject-access-requests?status=due-soon&limit=20')).toBe(true);
  });

  it('shows a requester name with markup as text', async () => {
    renderSignedIn(<SubjectAccessPage id="sar-1" />, {
      routes: { 'GET /api/subject-access-requests/sar-1': { body: sar({ requester: { name: '<img src=x onerror=alert(1)>', relationship: 'other' } }), etag: '"v1"' } },
    });
    expect(await screen.findByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});

describe('subject access request page', () => {
  it('reviews a redaction with a reason, then releases with If-Match and offers the files', async () => {
    let stored = sar();
    let redacted = true;
    const { calls } = renderSignedIn(<SubjectAccessPage id="sar-1" />, {
      routes: {
        'GET /api/subject-access-requests/sar-1': () => ({ body: stored, etag: `"v${stored.version}"` }),
        'GET /api/subject-access-requests/sar-1/export-preview': () => ({ body: preview(redacted), etag: `"v${stored.version}"` }),
        'PATCH /api/subject-access-requests/sar-1': () => {
          redacted = false;
          stored = sar({ version: 2 });
          return { body: stored, etag: '"v2"' };
        },
        'GET /api/subject-access-requests/sar-1/releases/1/pdf': { body: { pretend: 'pdf' } },
        'POST /api/subject-access-requests/sar-1/releases': () => {
          const release = { id: '1', at: '2026-11-27T10:00:00Z', by: DSL, files: { pdf: 'a'.repeat(64), json: 'b'.repeat(64) }, recordIds: ['concern:c-1@1'], withheldRedactionIds: [], releasedRedactionIds: ['rd-0123456789abcdef'] };
          stored = sar({ version: 3, releases: [release] });
          return { status: 201, body: { release, files: {}, sar: stored }, etag: '"v3"' };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Build the export preview' }));
    const list = await screen.findByRole('list', { name: 'Redactions' });
    expect(list).toHaveTextContent('Ben Hughes');
    expect(list).toHaveTextContent('Shown as [Child B]');
    expect(screen.getByText('What happened: [Child B] pushed Amara.')).toBeInTheDocument();
    await userEvent.type(within(list).getByRole('textbox'), 'Parent already knows; agreed with the other family');
    await userEvent.click(within(list).getByRole('button', { name: 'Release this name' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Redactions' })).getByText('Released')).toBeInTheDocument());
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({
      headers: { 'if-match': '"v1"' },
      body: { op: 'reviewRedaction', redactionId: 'rd-0123456789abcdef', redact: false, reason: 'Parent already knows; agreed with the other family' },
    });

    const release = screen.getByRole('button', { name: 'Release the export' });
    expect(release).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have reviewed every redaction' }));
    await userEvent.click(release);
    const releases = await screen.findByRole('list', { name: 'Releases' });
    expect(within(releases).getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ headers: { 'if-match': '"v2"' }, body: { confirmReviewed: true } });

    URL.createObjectURL = vi.fn(() => 'blob:lantern-test');
    URL.revokeObjectURL = vi.fn();
    await userEvent.click(within(releases).getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    expect(calls.find((c) => c.path === '/api/subject-access-requests/sar-1/releases/1/pdf')).toMatchObject({ method: 'GET', headers: { authorization: 'Bearer test-token' } });
  });

  it('extends the deadline with a reason and shows the problem when the reason is missing', async () => {
    const { calls } = renderSignedIn(<SubjectAccessPage id="sar-1" />, {
      routes: {
        'GET /api/subject-access-requests/sar-1': { body: sar(), etag: '"v1"' },
        'PATCH /api/subject-access-requests/sar-1': { status: 422, body: { error: { code: 'validation_failed', message: 'The change is not valid — reason: is required.', problems: [{ path: 'reason', message: 'is required' }] } } },
      },
    });
    const form = await screen.findByRole('form', { name: 'Extend the deadline' });
    await userEvent.click(within(form).getByRole('button', { name: 'Extend the deadline' }));
    expect(await within(form).findByText('is required')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ body: { op: 'extend', reason: '' } });
  });
});
