import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoChildren } from '../../src/local/demo-school.js';
import { freePort, runScript, startScript, stopped } from '../support/processes.js';
import { pressData } from '../bot/support/cards.js';
import { playgroundConfigAs, startPlayground, type Playground, type PlaygroundMessage } from '../bot/support/playground.js';

const child = demoChildren().find((c) => c.id === 'child-006')!;

/**
 * Issue 5 end to end: local mode plus the Agents Playground headless, a
 * referral made on Thursday 26 Nov 2026, `npm run alerts:sweep` on Monday
 * morning, and the DSL's chat in the Playground.
 */
describe('referral overdue alerts in the Microsoft 365 Agents Playground', () => {
  let dataDir: string;
  let lantern: ChildProcess;
  let playground: Playground;
  let base: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lantern-alerts-e2e-'));
    env = { PORT: String(await freePort()), COSMOS_PORT: String(await freePort()), LANTERN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ALERT_SWEEP_SECONDS: '0' };
    base = `http://127.0.0.1:${env.PORT}`;
    lantern = (await startScript('src/local/start.ts', env, 'Lantern is running', 120_000)).child;
    // The Playground streams only its current user's chats: here that is Alex Morgan, the `dsl` persona.
    const config = await playgroundConfigAs('user-dsl', join(dataDir, 'playground-dsl.yml'));
    playground = await startPlayground(`${base}/api/messages`, await freePort(), join(dataDir, 'playground.log'), config);
  });
  afterAll(async () => {
    await playground?.close();
    if (lantern) await stopped(lantern);
    await rm(dataDir, { recursive: true, force: true });
  });

  const token = async (persona: string) => ((await (await fetch(`${base}/dev-idp/token?persona=${persona}`)).json()) as { token: string }).token;
  const api = async (persona: string, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${await token(persona)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as any };
  };
  const sweep = async (now: string) => {
    const r = await runScript('src/ops/alerts-sweep.ts', ['--now', now], env);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    return r.stdout;
  };

  it('shows the DSL one overdue card without the child; a second sweep adds nothing; "Log a chase" records a contact', async () => {
    expect(playground.config.currentUser.aadObjectId).toBe('6a2e9f10-7c4b-4d3e-8f21-000000000001'); // dsl
    // Lantern in the staff team: it learns how to reach Alex Morgan (dsl).
    await playground.installInTeam();
    await playground.waitFor((m) => m.card?.body?.[0]?.text === 'Lantern works in a personal chat');

    const concern = await api('teacher', 'POST', '/api/concerns', {
      children: [{ childId: child.id, role: 'subject' }], categories: ['safeguarding'], account: 'Said she was left home alone overnight.',
      occurredAt: '2026-11-26T08:30:00Z', location: 'Classroom', parentsInformed: { informed: false, reason: 'DSL to decide' },
    });
    expect(concern.status).toBe(201);
    const created = await api('dsl', 'POST', '/api/referrals', {
      concernId: concern.json.id, childId: child.id, agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone', reference: 'MASH-E2E-1',
    });
    expect(created.status).toBe(201);
    const { id, ref } = created.json as { id: string; ref: string };
    const aboutMine = (m: PlaygroundMessage) => JSON.stringify(m.card ?? '').includes(ref);

    expect(await sweep('2026-11-30T09:00:00Z')).toMatch(/[1-9]\d* alert\(s\) raised/);
    const alert = await playground.waitFor((m) => aboutMine(m) && m.card?.body?.[0]?.text === 'Referral overdue');
    expect(alert.conversationId).toBe(playground.config.personalChat.id); // Alex Morgan's personal chat with Lantern
    const json = JSON.stringify(alert.card);
    expect(alert.card.body[1].text).toBe(`Referral ${ref} (Children's social care / MASH): decision on the referral overdue since Fri 27 Nov 17:00`);
    expect(json).not.toContain(child.givenName);
    expect(json).not.toContain(child.familyName);
    expect(json).not.toContain('home alone');
    expect(alert.card.actions.map((a: any) => a.title)).toEqual(['Log a chase', 'Open in Lantern']);
    expect(alert.card.actions[1].url).toBe(`http://localhost:${env.PORT}/tab/#/referrals/${id}`);

    expect(await sweep('2026-11-30T09:05:00Z')).toMatch(/: 0 alert\(s\) raised, 0 delivered\.$/m);
    await new Promise((r) => setTimeout(r, 1_000)); // anything sent would have reached the Playground by now
    const inDslChat = playground.messages.filter((m) => m.conversationId === alert.conversationId && aboutMine(m));
    expect(inDslChat).toHaveLength(1);

    const form = await playground.execute(alert, 'openReferralChase', pressData(alert.card, 'openReferralChase'));
    expect(form.body[0].text).toBe(`Log a chase on ${ref}`);
    const typed = { chaseMethod: 'phone', chaseWho: 'MASH duty social worker', chaseSummary: 'Decision expected tomorrow morning.', chaseNext: '2026-12-01' };
    const done = await playground.execute(alert, 'logReferralChase', pressData(form, 'logReferralChase', typed));
    expect(done.body[0].text).toBe(`Chase logged on ${ref}`);
    expect(JSON.stringify(done)).not.toContain(child.givenName);

    const got = await api('dsl', 'GET', `/api/referrals/${id}`);
    expect(got.status).toBe(200);
    expect(got.json.contacts).toHaveLength(1);
    expect(got.json.contacts[0]).toMatchObject({ direction: 'outgoing', method: 'phone', who: typed.chaseWho, summary: typed.chaseSummary, nextChaseDate: '2026-12-01', recordedBy: { name: 'Alex Morgan' } });
  });
});
