import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ChronologyPage from '../../src/tab/pages/chronology/ChronologyPage.js';
import { ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

/** A DSL removes a family link from the child's family view (removeFamilyLink), after confirming. */
const LINK = { id: 'fl-9f1c2a7e', kind: 'sibling', childId: 'child-009', name: 'Isla Campbell', yearGroup: '3' };

const routes = (family: () => object, extra: object = {}) => ({
  'GET /api/children': { body: { items: [] } },
  'GET /api/children/child-008/chronology': { body: { child: { id: 'child-008', name: 'Harry Nguyen', yearGroup: '1' }, entries: [] } },
  'GET /api/children/child-008/status-flags': { body: { canSet: false, items: [] } },
  'GET /api/children/child-008/family': () => ({ body: family() }),
  'GET /api/children/child-008/family/open-work': { body: { items: [] } },
  'GET /api/case-notes': { body: { items: [] } },
  ...extra,
});

describe("removing a family link on the child's page", () => {
  it('asks to confirm, sends op remove, and the child is no longer listed', async () => {
    let links = [LINK];
    const { calls } = renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes(() => ({ adults: [], links, can: { edit: true, seeLinks: true, seeFamilyView: true } }), {
        'PATCH /api/family-links/fl-9f1c2a7e': () => ((links = []), { body: { id: LINK.id, kind: 'sibling', childIds: ['child-008', 'child-009'], removedAt: '2026-12-05T10:00:00Z' } }),
      }),
    });
    const family = await screen.findByRole('region', { name: 'Family' });
    await userEvent.click(within(family).getByRole('button', { name: 'Remove link to Isla Campbell' }));
    expect(family).toHaveTextContent('Remove the link to Isla Campbell (sibling)? It stays in the history.');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    await userEvent.click(within(family).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(family).getByRole('button', { name: 'Remove link to Isla Campbell' }));
    await userEvent.click(within(family).getByRole('button', { name: 'Remove the link' }));
    await waitFor(() => expect(within(family).queryByRole('list', { name: 'Linked children' })).toBeNull());
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.path).toBe('/api/family-links/fl-9f1c2a7e');
    expect(patch.body).toEqual({ op: 'remove' });
    expect(family.textContent).not.toMatch(/fl-9f1c2a7e|\d{4}-\d{2}-\d{2}T/);
  });

  it('says why when the API refuses, and offers no button to someone who cannot edit', async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes(() => ({ adults: [], links: [LINK], can: { edit: true, seeLinks: true, seeFamilyView: true } }), {
        'PATCH /api/family-links/fl-9f1c2a7e': { status: 404, body: { error: { code: 'not_found', message: 'Family link was not found.' } } },
      }),
    });
    const family = await screen.findByRole('region', { name: 'Family' });
    await userEvent.click(within(family).getByRole('button', { name: 'Remove link to Isla Campbell' }));
    await userEvent.click(within(family).getByRole('button', { name: 'Remove the link' }));
    expect(await within(family).findByText('Family link was not found.')).toBeInTheDocument();
  });

  it('shows no Remove link button without the right to edit', async () => {
    renderSignedIn(<ChronologyPage id="child-008" />, {
      me: ME.dsl,
      routes: routes(() => ({ adults: [], links: [LINK], can: { edit: false, seeLinks: true, seeFamilyView: false } })),
    });
    const family = await screen.findByRole('region', { name: 'Family' });
    await within(family).findByText('Isla Campbell');
    expect(within(family).queryByRole('button', { name: /Remove link/ })).toBeNull();
  });
});
