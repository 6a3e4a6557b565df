import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person, personalChatOf } from '../bot/support/bot-driver.js';
import { byId } from '../bot/support/cards.js';
import { startBotHarness, type BotHarness } from '../bot/support/harness.js';
import { concernBody } from '../support/test-app.js';

const teacher = person('teacher');
type Cat = { id?: string; name: string; active: boolean; restricted: boolean };

describe('categories the school owns', () => {
  let h: BotHarness;
  let etag: string;
  let current: Cat[];
  beforeAll(async () => {
    h = await startBotHarness();
    expect((await h.installInStaffTeam()).status).toBe(200);
    const got = await h.app.call('admin', 'GET', '/api/category-settings');
    expect(got.status).toBe(200);
    etag = got.headers.get('etag')!;
    current = got.json.categories;
    expect(current).toHaveLength(12);
    expect(got.json.suggested).toContain('Online safety');
  });
  afterAll(() => h.close());

  const put = (persona: string, categories: unknown, tag: string | undefined = etag) =>
    h.app.call(persona, 'PUT', '/api/category-settings', { body: { categories }, headers: tag ? { 'if-match': tag } : {} });

  it('refuses what is not allowed or not valid, and stores nothing', async () => {
    expect((await put('teacher', current)).status).toBe(403);
    expect((await put('admin', current, '')).status).toBe(428);
    const deleted = await put('admin', current.slice(1));
    expect(deleted.status).toBe(422);
    expect(JSON.stringify(deleted.json)).toMatch(/retired, never deleted/);
    expect((await put('admin', [...current, { name: 'Attendance' }])).status).toBe(422);
    expect((await put('admin', [...current, { id: 'made-up', name: 'Made up' }])).status).toBe(422);
    expect((await put('admin', [...current, { name: '' }])).status).toBe(422);
    expect((await put('admin', [...current, { name: 'x'.repeat(81) }])).status).toBe(422);
    expect((await h.app.call('admin', 'GET', '/api/category-settings')).json.categories).toHaveLength(12);
  });

  it('an admin adds, renames, retires and restricts; versioned and audited; the new category is on the card and the tab form', async () => {
    const next = current.map((c) => (c.id === 'ppg' ? { ...c, name: 'Pupil premium' } : c.id === 'transition' ? { ...c, active: false } : c));
    const saved = await put('admin', [...next, { name: 'Online safety' }, { name: 'Domestic abuse', restricted: true }]);
    expect(saved.status).toBe(200);
    etag = saved.headers.get('etag')!;
    const cats = saved.json.categories as Required<Cat>[];
    expect(cats.find((c) => c.name === 'Online safety')).toMatchObject({ id: 'online-safety', active: true, restricted: false });
    expect(cats.find((c) => c.name === 'Domestic abuse')).toMatchObject({ id: 'domestic-abuse', restricted: true });
    expect(saved.json.suggested).not.toContain('Online safety');
    expect((await put('admin', cats, 'stale-etag')).status).toBe(412);

    // The tab form offers the categories in /api/me.
    const me = await h.app.call('teacher', 'GET', '/api/me');
    const names = (me.json.categories as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Online safety', 'Domestic abuse', 'Pupil premium']));
    expect(names).not.toContain('Transition');
    // The bot's card offers them too.
    await h.bot.say(teacher, 'log concern');
    const form = h.connector.cardsTo(personalChatOf(teacher)).at(-1);
    const choices = (byId(form, 'categories').choices as { title: string; value: string }[]).map((c) => c.title);
    expect(choices).toEqual(expect.arrayContaining(['Online safety', 'Domestic abuse', 'Pupil premium']));
    expect(choices).not.toContain('Transition');
    // A concern can use the new one, not the retired one.
    expect((await h.app.call('teacher', 'POST', '/api/concerns', { body: concernBody({ categories: ['online-safety'] }) })).status).toBe(201);
    expect((await h.app.call('teacher', 'POST', '/api/concerns', { body: concernBody({ categories: ['transition'] }) })).status).toBe(422);
    const history = await h.app.call('admin', 'GET', '/api/access-config');
    expect(JSON.stringify(history.json)).toContain('Online safety');
  });

  it("hides a restricted category's concerns from non-DSLs other than their author: lists, search, chronology, my concerns and direct GET", async () => {
    const teacher2Oid = person('teacher2').oid;
    const created = await h.app.call('teacher', 'POST', '/api/concerns', {
      body: concernBody({ categories: ['domestic-abuse', 'send'], alertedStaff: [{ oid: teacher2Oid, name: 'Chris Evans' }] }),
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const childId = 'child-001';
    const listed = async (persona: string, query = '') =>
      ((await h.app.call(persona, 'GET', `/api/concerns?limit=100${query}`)).json.items ?? []).some((c: { id: string }) => c.id === id);
    const inChronology = async (persona: string) => JSON.stringify((await h.app.call(persona, 'GET', `/api/children/${childId}/chronology`)).json).includes(id);

    // The author and the DSLs keep sight of it.
    expect((await h.app.call('teacher', 'GET', `/api/concerns/${id}`)).status).toBe(200);
    expect(await listed('teacher')).toBe(true);
    expect((await h.app.call('dsl', 'GET', `/api/concerns/${id}`)).status).toBe(200);
    expect(await listed('dsl', '&category=domestic-abuse')).toBe(true);
    expect(await inChronology('dsl')).toBe(true);
    // The alerted colleague and the SEND category reader do not.
    for (const persona of ['teacher2', 'senco']) {
      expect([403, 404]).toContain((await h.app.call(persona, 'GET', `/api/concerns/${id}`)).status);
      expect(await listed(persona)).toBe(false);
      expect(await listed(persona, '&category=send')).toBe(false);
      expect(await inChronology(persona)).toBe(false);
    }
    const mine = await h.app.call('teacher2', 'GET', '/api/me/concerns');
    expect(JSON.stringify(mine.json)).not.toContain(id);
  }, 120_000); // scoped queries scan the partition on the embedded server
});
