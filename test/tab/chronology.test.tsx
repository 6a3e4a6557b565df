import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ChronologyPage from '../../src/tab/pages/chronology/ChronologyPage.js';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { concern, dslCan, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const contact = {
  id: 'referral-contact:r-1:k-1', kind: 'referral-contact', at: '2026-11-25T09:00:00Z', recordedAt: '2026-11-25T09:05:00Z', by: { oid: 'oid-dsl', name: 'Alex Morgan' },
  title: "Contact with Children's social care: phone call to MASH duty worker", summary: 'Chased the decision', details: [{ label: 'Next chase', value: '30/11/2026' }],
  categories: ['welfare'], record: { type: 'referral', id: 'r-1', ref: 'R-ABC234' },
};
const chronology = { child: { id: 'child-1', name: 'Sam Lee', yearGroup: '4' }, kinds: [{ id: 'referral-contact', label: 'Referral contact' }], entries: [contact] };

describe('chronology page', () => {
  it('shows a referral contact in words, with who recorded it and a link to the referral, and no codes or ISO timestamps', async () => {
    const { container } = renderSignedIn(<ChronologyPage id="child-1" />, { routes: { 'GET /api/children/child-1/chronology': { body: chronology } } });
    expect(await screen.findByText(contact.title)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: /Chronology/ })).getByText('Referral contact')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Referral R-ABC234' })).toHaveAttribute('href', '#/referrals/r-1');
    expect(screen.getByText(/Recorded by Alex Morgan/)).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T|referral-contact|r-1\b/);
  });

  it('asks the API with the chosen filters, and Print downloads the PDF with the same filters', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = renderSignedIn(<ChronologyPage id="child-1" />, {
      routes: { 'GET /api/children/child-1/chronology': { body: chronology }, 'GET /api/children/child-1/chronology.pdf': { body: 'pdf' } },
    });
    await screen.findByText(contact.title);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind of entry' }), 'referral-contact');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'newest');
    await waitFor(() => expect(calls.some((c) => c.path.includes('kind=referral-contact') && c.path.includes('order=newest'))).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'Print (PDF)' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const pdf = calls.find((c) => c.path.includes('/chronology.pdf'))!;
    expect(pdf.path).toContain('kind=referral-contact');
    expect(pdf.path).toContain('order=newest');
  });
});

describe('concern page and its referrals', () => {
  const referral = { id: 'r-1', ref: 'R-ABC234', childId: 'child-008', agency: 'childrens-social-care', agencyName: "Children's social care", reference: 'MASH-77', madeAt: '2026-11-24T10:00:00Z', status: 'open' };
  const withReferral = concern({ can: dslCan, referrals: [referral] } as never);

  it('lists the referrals made from the concern with a link, and warns before referring the same child to the same agency again', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { me: ME.dsl, routes: { 'GET /api/concerns/c-1': { body: withReferral, etag: '"v1"' } } });
    expect(await screen.findByRole('link', { name: 'Referral R-ABC234' })).toHaveAttribute('href', '#/referrals/r-1');
    expect(screen.getByText(/to Children's social care for Harry Nguyen/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refer to an agency' }));
    expect(await screen.findByText(/is already open/)).toBeInTheDocument();
  });

  it('shows no referral list to staff, whose concern carries none', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { me: ME.teacher, routes: { 'GET /api/concerns/c-1': { body: concern(), etag: '"v1"' } } });
    await screen.findByRole('heading', { name: 'Concern C-ABC234' });
    expect(screen.queryByRole('list', { name: 'Referrals made from this concern' })).not.toBeInTheDocument();
  });
});
