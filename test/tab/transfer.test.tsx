import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../src/tab/api/records-types.js';
import { ChronologyEntryRow } from '../../src/tab/pages/chronology/ChronologyEntry.js';
import TransferPage from '../../src/tab/pages/transfer/TransferPage.js';
import TransfersPage from '../../src/tab/pages/transfer/TransfersPage.js';
import { renderSignedIn } from './support/render.js';

const transfer = (overrides: Partial<Transfer> = {}): Transfer => ({
  id: 't-1', ref: 'T-ABC234', childId: 'leaver-1', childName: 'Robin Leaver', upn: 'A123456789012', origin: 'roster-leaver',
  destination: { name: 'Hilltop Academy', urn: '123456' }, status: 'preparing', receiptOverdue: false, chases: [], version: 2,
  pack: { builtAt: '2027-02-10T09:00:00Z', builtBy: { oid: 'o', name: 'Alex Morgan' }, jsonSha256: 'a'.repeat(64), pdfSha256: 'b'.repeat(64), recordIds: ['concern:c-1@1'] },
  ...overrides,
});

describe('transfer pages', () => {
  it('records that the pack was sent, naming the version seen (If-Match)', async () => {
    const { calls } = renderSignedIn(<TransferPage id="t-1" />, {
      routes: { 'GET /api/transfers/t-1': { body: transfer(), etag: '"t2"' }, 'PATCH /api/transfers/t-1': { body: transfer({ status: 'sent' }), etag: '"t3"' } },
    });
    const form = await screen.findByRole('form', { name: 'Record that the pack was sent' });
    await userEvent.type(within(form).getByLabelText(/When it was sent/), '2027-02-10T09:30');
    await userEvent.type(within(form).getByRole('textbox', { name: /To whom/ }), 'DSL, Hilltop');
    await userEvent.click(within(form).getByRole('button', { name: 'Record sent' }));
    await screen.findByRole('form', { name: 'Record that the pack was sent' });
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ headers: { 'if-match': '"t2"' }, body: { op: 'recordSent', method: 'secure-portal', to: 'DSL, Hilltop' } });
  });

  it('says when receipt is overdue and offers the chase and receipt forms', async () => {
    renderSignedIn(<TransferPage id="t-1" />, {
      routes: { 'GET /api/transfers/t-1': { body: transfer({ status: 'sent', receiptOverdue: true, receiptDueAt: '2027-02-25T00:00:00.000Z', sent: { at: '2027-02-10T09:30:00Z', method: 'secure-portal', to: 'DSL', recordedBy: { oid: 'o', name: 'Alex Morgan' } } }), etag: '"t3"' } },
    });
    expect(await screen.findByText('Receipt overdue — chase the new school')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Log a chase' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Confirm receipt' })).toBeInTheDocument();
  });

  it('lists leavers whose file has not been transferred', async () => {
    renderSignedIn(<TransfersPage />, {
      routes: { 'GET /api/transfers': { body: { items: [transfer()], leaversWithoutTransfer: [{ childId: 'leaver-2', name: 'Sky Mover', upn: 'A123456789013', leftAt: '2027-02-09' }] } } },
    });
    expect(await screen.findByRole('form', { name: 'Start a transfer for Sky Mover' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Transfer T-ABC234' })).toHaveAttribute('href', '#/transfers/t-1');
  });

  it("shows a received entry on the chronology with where it came from, as text", () => {
    renderSignedIn(
      <ul>
        <ChronologyEntryRow
          entry={{
            kind: 'received', at: '2026-10-01T10:00:00Z', recordedAt: '2027-02-11T09:00:00Z', id: 'received:x:0', section: 'Concerns', title: 'Concern C-OLD123',
            details: [{ label: 'What happened', value: '<b>not bold</b> said she was scared' }], categories: [], record: { type: 'receivedPack', id: 'x', ref: 'T-ABC234' },
            receivedFrom: { name: 'Lantern Demo Primary School', urn: '100001', reference: 'T-ABC234', sentAt: '2027-02-10T09:30:00Z', packSha256: 'c'.repeat(64), importedAt: '2027-02-11T09:00:00Z', importedBy: { oid: 'o', name: 'Other DSL' } },
          }}
        />
      </ul>,
    );
    expect(screen.getByText('Received from previous school')).toBeInTheDocument();
    expect(screen.getByText('<b>not bold</b> said she was scared')).toBeInTheDocument();
    expect(screen.getByText(/From Lantern Demo Primary School \(URN 100001\), reference T-ABC234/)).toBeInTheDocument();
  });
});
