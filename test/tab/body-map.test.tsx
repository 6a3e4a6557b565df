import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { areasOn, bodyAreaOf, centreOf } from '../../src/tab/pages/concern/body-map-words.js';
import type { Concern } from '../../src/tab/api/types.js';
import { concern, dslCan, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const MARKS: NonNullable<Concern['bodyMap']> = [
  { side: 'front', x: 0.2, y: 0.3, type: 'bruise', size: '1-3cm', description: 'Yellowing bruise' },
  { side: 'back', x: 0.5, y: 0.25, type: 'mark', size: '3-5cm', description: 'Red mark across the shoulders' },
];

describe('body map', () => {
  it('each area chosen from the list lands in that area on the outline', () => {
    for (const side of ['front', 'back'] as const) for (const area of areasOn(side)) expect(bodyAreaOf({ side, ...centreOf(side, area) }), `${side} ${area}`).toBe(area);
  });

  it('shows the outlines and lists the marks by body area, in words', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { me: ME.teacher, routes: { 'GET /api/concerns/c-1': { body: concern({ bodyMap: MARKS }), etag: '"v1"' } } });
    expect(await screen.findByRole('img', { name: 'Front of the body, 1 mark' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Back of the body, 1 mark' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Marks by body area' });
    expect(within(list).getByRole('heading', { name: 'Right arm' })).toBeInTheDocument();
    expect(within(list).getByText('1. Bruise, 1 to 3 cm: Yellowing bruise (front)')).toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: 'Upper back' })).toBeInTheDocument();
  });

  it('adds a mark with the keyboard alone (area, type, size, description) and saves the whole map with If-Match', async () => {
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      routes: {
        'GET /api/concerns/c-1': { body: concern({ bodyMap: MARKS, can: dslCan }), etag: '"v1"' },
        'PATCH /api/concerns/c-1': { body: concern(), etag: '"v2"' },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change body map' }));
    const form = screen.getByRole('form', { name: 'Add a mark' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Where/ }), 'Left leg (back)');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Type/ }), 'Burn');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Size/ }), 'under 1 cm');
    await userEvent.type(within(form).getByRole('textbox', { name: /Description/ }), 'Round burn');
    await userEvent.click(within(form).getByRole('button', { name: 'Add mark' }));
    expect(screen.getByText('3. Burn, under 1 cm: Round burn (back)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save body map' }));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch).toMatchObject({ headers: { 'if-match': '"v1"' }, body: { op: 'edit', changes: { bodyMap: [...MARKS, { side: 'back', type: 'burn', size: 'under-1cm', description: 'Round burn' }] } } });
    const added = (patch!.body as any).changes.bodyMap[2];
    expect(bodyAreaOf(added)).toBe('left-leg');
  });

  it('will not add a mark without saying where and what', async () => {
    renderSignedIn(<ConcernPage id="c-1" />, { routes: { 'GET /api/concerns/c-1': { body: concern({ can: dslCan }), etag: '"v1"' } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a body map' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add mark' }));
    expect(screen.getByText('Click the outline or choose an area.')).toBeInTheDocument();
    expect(screen.getByText('Describe what you saw.')).toBeInTheDocument();
  });
});
