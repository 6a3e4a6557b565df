import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(() => t?.close());

const MARKS = [
  { side: 'front', x: 0.2, y: 0.3, type: 'bruise', size: '1-3cm', description: 'Yellowing bruise on the upper arm' },
  { side: 'back', x: 0.5, y: 0.25, type: 'mark', size: '3-5cm', description: 'Red mark across the shoulder blades' },
  { side: 'front', x: 0.42, y: 0.75, type: 'cut', size: 'under-1cm', description: 'Small healing cut below the knee' },
];

describe('body map on a concern', () => {
  it('is stored with the concern, shown to those who may read it, and versioned when edited', async () => {
    const created = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ bodyMap: MARKS }) });
    expect(created.status).toBe(201);
    const read = await t.call('dsl', 'GET', `/api/concerns/${created.json.id}`);
    expect(read.json.bodyMap).toEqual(MARKS);
    expect((await t.call('teacher2', 'GET', `/api/concerns/${created.json.id}`)).status).toBe(404);

    const more = [...MARKS, { side: 'back', x: 0.6, y: 0.95, type: 'burn', size: 'under-1cm', description: 'Round burn on the heel' }];
    const edited = await t.call('dsl', 'PATCH', `/api/concerns/${created.json.id}`, { body: { op: 'edit', changes: { bodyMap: more } }, headers: { 'if-match': read.headers.get('etag')! } });
    expect(edited.status).toBe(200);
    const history = (await t.call('dsl', 'GET', `/api/concerns/${created.json.id}`)).json.history;
    expect(history.at(-1).changes).toEqual([{ field: 'bodyMap', before: MARKS, after: more }]);
  });

  it("is in the child's chronology in words: body area, side, type, size and description", async () => {
    const created = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ bodyMap: MARKS }) });
    const childId = created.json.children[0].childId as string;
    const entries = (await t.call('dsl', 'GET', `/api/children/${childId}/chronology`)).json.entries as { record: { id: string }; kind: string; details: { label: string; value: string }[] }[];
    const logged = entries.find((e) => e.kind === 'concern' && e.record.id === created.json.id)!;
    expect(logged.details.filter((d) => d.label.startsWith('Body map'))).toEqual([
      { label: 'Body map, mark 1', value: 'Right arm (front). Bruise, 1 to 3 cm: Yellowing bruise on the upper arm' },
      { label: 'Body map, mark 2', value: 'Upper back (back). Mark, 3 to 5 cm: Red mark across the shoulder blades' },
      { label: 'Body map, mark 3', value: 'Right leg (front). Cut, under 1 cm: Small healing cut below the knee' },
    ]);
  });

  it.each([
    [{ ...MARKS[0], x: 1.5 }, 'bodyMap.0.x'],
    [{ ...MARKS[0], y: -0.1 }, 'bodyMap.0.y'],
    [{ ...MARKS[0], type: 'scratch' }, 'bodyMap.0.type'],
    [{ ...MARKS[0], side: 'left' }, 'bodyMap.0.side'],
    [{ ...MARKS[0], size: 'huge' }, 'bodyMap.0.size'],
    [{ ...MARKS[0], description: '' }, 'bodyMap.0.description'],
    [{ ...MARKS[0], colour: 'blue' }, 'bodyMap.0'],
  ])('refuses a mark %j with 422 naming %s, storing nothing', async (mark, path) => {
    const before = (await t.call('teacher', 'GET', '/api/me/concerns')).json;
    const res = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ bodyMap: [mark] }) });
    expect(res.status).toBe(422);
    expect(res.json.error.problems.map((p: { path: string }) => p.path)).toContain(path);
    expect((await t.call('teacher', 'GET', '/api/me/concerns')).json).toEqual(before);
  });

  it('refuses more than 50 marks', async () => {
    const res = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ bodyMap: Array.from({ length: 51 }, () => MARKS[0]) }) });
    expect(res.status).toBe(422);
  });
});
