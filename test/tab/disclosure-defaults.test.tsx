import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DisclosureDefaultsSection } from '../../src/tab/pages/subject-access/DisclosureDefaults.js';
import { renderSignedIn } from './support/render.js';

const kinds = [
  { kind: 'other-child', label: 'Other children', choice: 'redact' },
  { kind: 'professional', label: 'Professionals from other agencies (social workers, police, health)', choice: 'redact' },
  { kind: 'unknown', label: 'Names no list knows (found by the name check)', choice: 'disclose' },
];
const settings = { kinds, defaults: { 'other-child': 'redact', professional: 'redact', unknown: 'disclose' }, custom: false };

describe('disclosure defaults section', () => {
  it('lets a DSL set a default per kind of person, in words, sending If-Match', async () => {
    let sent: unknown;
    const { calls } = renderSignedIn(<DisclosureDefaultsSection />, {
      routes: {
        'GET /api/disclosure-settings': { body: settings, etag: '"s1"' },
        'PUT /api/disclosure-settings': (c) => {
          sent = c.body;
          return { body: { ...settings, defaults: { ...settings.defaults, professional: 'disclose' }, custom: true }, etag: '"s2"' };
        },
      },
    });
    const group = await screen.findByRole('radiogroup', { name: /Professionals from other agencies/ });
    await userEvent.click(within(group).getByRole('radio', { name: 'Name them' }));
    expect(screen.getByRole('radiogroup', { name: /Names no list knows/ })).toHaveTextContent('Leave as written, and list them for me to decide');
    await userEvent.click(screen.getByRole('button', { name: 'Save the defaults' }));
    await waitFor(() => expect(sent).toEqual({ defaults: { 'other-child': 'redact', professional: 'disclose', unknown: 'disclose' } }));
    expect(calls.find((c) => c.method === 'PUT')?.headers?.['if-match']).toBe('"s1"');
    expect(await screen.findByText(/Previews use these defaults from now on/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/other-child|professional"|\bunknown\b/);
  });
});
