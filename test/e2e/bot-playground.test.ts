import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startScript, stopped } from '../support/processes.js';
import { pressData } from '../bot/support/cards.js';
import { startPlayground, type Playground } from '../bot/support/playground.js';

/**
 * `npm start` plus the Microsoft 365 Agents Playground, headless, driven over
 * the playground's own HTTP interface: the whole path a Teams user takes.
 */
describe('the Lantern bot in the Microsoft 365 Agents Playground', () => {
  let dataDir: string;
  let lantern: ChildProcess;
  let playground: Playground;
  let base: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lantern-bot-e2e-'));
    const env = { PORT: String(await freePort()), COSMOS_PORT: String(await freePort()), LANTERN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    base = `http://127.0.0.1:${env.PORT}`;
    lantern = (await startScript('src/local/start.ts', env, 'Lantern is running', 120_000)).child;
    playground = await startPlayground(`${base}/api/messages`, await freePort(), join(dataDir, 'playground.log'));
  });
  afterAll(async () => {
    await playground?.close();
    if (lantern) await stopped(lantern);
    await rm(dataDir, { recursive: true, force: true });
  });

  const token = async (persona: string) => ((await (await fetch(`${base}/dev-idp/token?persona=${persona}`)).json()) as { token: string }).token;
  const api = async (persona: string, path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${await token(persona)}` } });
    return { status: res.status, json: (await res.json()) as any };
  };

  it('takes "log concern", a filled card and a submit; the DSL finds the concern through the API, teacher2 does not', async () => {
    expect(playground.config.currentUser.aadObjectId).toBe('6a2e9f10-7c4b-4d3e-8f21-000000000003'); // teacher
    await playground.installInTeam();
    await playground.waitFor((m) => m.card?.body?.[0]?.text === 'Lantern works in a personal chat');

    await playground.say('log concern');
    const form = await playground.waitFor((m) => m.card?.body?.[0]?.text === 'Log a concern');
    const alertChoices = form.card.body.find((e: any) => e.id === 'alert')?.choices ?? [];
    expect(alertChoices.map((c: any) => c.title)).toContain('Alex Morgan');

    const now = new Date(Date.now() - 30 * 60_000);
    const typed = {
      child1: 'child-012', role1: 'subject', categories: 'send,welfare',
      account: 'Maya covered her ears and said "it is too loud, make it stop".', occurredDate: now.toISOString().slice(0, 10),
      occurredTime: now.toISOString().slice(11, 16), location: 'Year 5 classroom', actionTaken: 'Quiet room with TA.',
      parentsInformed: 'yes', alert: '6a2e9f10-7c4b-4d3e-8f21-000000000001',
    };
    const confirmation = await playground.execute(form, 'submitConcern', pressData(form.card, 'submitConcern', typed));
    expect(confirmation.body[0].text).toMatch(/^Concern C-[2-9A-Z]{6} recorded$/);
    const ref = confirmation.body[0].text.split(' ')[1];

    const asDsl = await api('dsl', '/api/concerns?status=new&limit=100');
    const found = asDsl.json.items.find((c: any) => c.ref === ref);
    expect(found).toMatchObject({ account: typed.account, categories: ['send', 'welfare'], createdBy: { name: 'Jo Bennett' }, alertedStaff: [{ name: 'Alex Morgan' }] });
    const asTeacher2 = await api('teacher2', '/api/concerns?limit=100');
    expect(asTeacher2.json.items.some((c: any) => c.ref === ref)).toBe(false);
    expect((await api('teacher2', `/api/concerns/${found.id}`)).status).toBe(404);
    expect((await api('teacher', `/api/concerns/${found.id}`)).status).toBe(200);
  });

  it('keeps typed text and marks the field when the card is not valid', async () => {
    const isForm = (m: { card?: any }) => m.card?.body?.[0]?.text === 'Log a concern';
    const formsBefore = playground.messages.filter(isForm).length;
    await playground.say('new concern');
    await playground.waitFor(() => playground.messages.filter(isForm).length > formsBefore);
    const form = playground.messages.filter(isForm).at(-1)!;
    const refused = await playground.execute(form, 'submitConcern', pressData(form.card, 'submitConcern', { account: 'Only this so far.' }));
    const ids = (refused.body as any[]).map((e) => e.id);
    expect(ids).toContain('child1Problem');
    expect(refused.body.find((e: any) => e.id === 'account').value).toBe('Only this so far.');
  });
});
