import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { configureBot } from '../src/bot/bot-settings.js';
import { staticGroupMembership } from '../src/bot/group-membership.js';
import { DEMO_TENANT_ID, PERSONAS, personaByKey } from '../src/local/demo-identity.js';
import { runLoad, type LoadOptions } from './load.js';
import type { PhaseResult } from './phases.js';
import type { BenchStack } from './stack.js';

const teacher = personaByKey('teacher')!;

/** The Action.Execute a Teams client sends when the teacher submits a filled "log concern" card (a fresh card each time). */
function submitActivity() {
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const data = {
    formKey: randomUUID(), schoolId: 'demo-primary', child1: 'child-001', role1: 'subject', categories: 'welfare',
    account: 'Said she had not eaten since yesterday lunchtime.', occurredDate: at.slice(0, 10), occurredTime: at.slice(11, 16),
    location: 'Playground', parentsInformed: 'no', parentsReason: 'DSL to decide',
  };
  return {
    type: 'invoke', name: 'adaptiveCard/action', id: randomUUID(), channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:teacher', name: teacher.name, aadObjectId: teacher.oid }, recipient: { id: '28:lantern-bench', name: 'Lantern' },
    conversation: { id: 'personal-teacher', conversationType: 'personal', tenantId: DEMO_TENANT_ID },
    channelData: { tenant: { id: DEMO_TENANT_ID } },
    value: { action: { type: 'Action.Execute', verb: 'submitConcern', data }, trigger: 'manual' },
  };
}

/**
 * (c) A bot submit turn: POST /api/messages with the form's Action.Execute,
 * through botbuilder's CloudAdapter and the same createConcern use case as (b).
 * Only an answer that is the confirmation card counts. Compare p50/p99 with (b)
 * (target: at most 1.5×). Local mode: no Bot Connector token, as in `npm start`.
 */
export async function botSubmitPhase(stack: BenchStack, opts: LoadOptions): Promise<PhaseResult> {
  configureBot({ groupMembership: staticGroupMembership(PERSONAS) });
  const pool = new Pool(stack.url, { connections: opts.concurrency, pipelining: 1, headersTimeout: 15_000, bodyTimeout: 15_000 });
  const attempt = async () => {
    const res = await pool.request({ path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submitActivity()) });
    const text = await res.body.text();
    if (res.statusCode !== 200) return `HTTP ${res.statusCode}: ${text}`;
    return /"Concern C-[2-9A-Z]{6} recorded"/.test(text) ? undefined : `not confirmed: ${text.slice(0, 300)}`;
  };
  try {
    const before = stack.cosmosRequests();
    const cpuBefore = process.cpuUsage();
    const result = await runLoad(attempt, opts);
    const cpu = process.cpuUsage(cpuBefore);
    const cosmosRequests = stack.cosmosRequests() - before;
    const ok = Math.max(1, result.totalOk);
    return { ...result, cosmosRequests, cosmosPerOp: cosmosRequests / ok, cpuMsPerOp: (cpu.user + cpu.system) / 1000 / ok };
  } finally {
    await pool.close();
  }
}
