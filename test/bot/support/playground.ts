import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WebSocket } from 'undici';

/** The committed playground configuration: Lantern's local personas, `teacher` as the current user. */
export const PLAYGROUND_CONFIG = resolve('.m365agentsplayground.yml');

/**
 * Writes a copy of the committed configuration in which `userId` (e.g.
 * `user-dsl`) is the current user and the usual current user is one of the
 * others. The Playground streams only the current user's chats, so this is how
 * a test watches another persona's personal chat.
 */
export async function playgroundConfigAs(userId: string, file: string): Promise<string> {
  const lines = (await readFile(PLAYGROUND_CONFIG, 'utf8')).split('\n');
  const start = lines.indexOf('currentUser:');
  let end = start + 1;
  while (lines[end]?.startsWith('  ')) end++;
  const me = lines.slice(start + 1, end).map((l) => l.slice(2));
  const from = lines.indexOf(`  - id: ${userId}`);
  if (start === -1 || from === -1) throw new Error(`no user ${userId} in ${PLAYGROUND_CONFIG}`);
  let to = from + 1;
  while (lines[to]?.startsWith('    ')) to++;
  const them = [lines[from]!.slice(4), ...lines.slice(from + 1, to).map((l) => l.slice(4))];
  const out = [...lines];
  out.splice(from, to - from, `  - ${me[0]}`, ...me.slice(1).map((l) => `    ${l}`));
  out.splice(start + 1, end - start - 1, ...them.map((l) => `  ${l}`));
  const text = out.join('\n').replace(/^personalChat:\n {2}id: .*$/m, `personalChat:\n  id: personal-chat-${userId}`);
  await writeFile(file, text);
  return file;
}

export interface PlaygroundMessage {
  conversationId: string;
  messageId: string;
  text?: string;
  card?: any;
}

interface PlaygroundConfig {
  tenantId: string;
  currentUser: { id: string; aadObjectId: string };
  personalChat: { id: string };
  teams: { id: string }[];
}

/**
 * Starts the Microsoft 365 Agents Playground headless (no browser, no
 * telemetry) against a bot endpoint, and drives it over its own HTTP and
 * WebSocket interface as its web client does.
 */
export async function startPlayground(botEndpoint: string, port: number, logFile: string, configPath = PLAYGROUND_CONFIG) {
  const child = spawn('node_modules/.bin/agentsplayground', ['-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--dt'], {
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath, M365_AGENTS_PLAYGROUND_LOGFILE: logFile },
  });
  await listening(child, `Listening on ${port}`);
  const base = `http://127.0.0.1:${port}`;
  const config = ((await (await fetch(`${base}/_internal/v1/config`)).json()) as { config: PlaygroundConfig }).config;
  const messages: PlaygroundMessage[] = [];
  const ws = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
  ws.onmessage = (e) => {
    const m = JSON.parse(String(e.data));
    if (m.action !== 'createMessage') return;
    messages.push({ conversationId: m.actionConversationId, messageId: m.message.messageId, text: m.message.text, card: m.message.attachments?.[0]?.content });
  };
  await new Promise<void>((ok, fail) => ((ws.onopen = () => ok()), (ws.onerror = () => fail(new Error('playground websocket failed')))));

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`playground ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  return {
    url: base,
    config,
    messages,
    /** Types a message in the current user's personal chat with the bot. */
    say: (text: string) => post(`/_conversation/v1/conversations/${config.personalChat.id}/messages`, { from: { id: config.currentUser.id }, text, textFormat: 'plain' }),
    /** Presses an Action.Execute button on a message; resolves with the card the bot answers. */
    async execute(message: PlaygroundMessage, verb: string, data: Record<string, unknown>) {
      const value = { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' };
      const r = await post('/_conversation/v1/invoke', { name: 'adaptiveCard/action', value, from: { id: config.currentUser.id }, conversation: { id: message.conversationId }, replyToId: message.messageId });
      return r?.value;
    },
    /** Adds the bot to the team, as the playground's "install app" custom activity does. */
    async installInTeam() {
      const teamId = config.teams[0]!.id;
      const template = await (await fetch(`${base}/_internal/v1/customActivities/template?conversationId=${teamId}&type=install`)).json();
      await post('/_internal/v1/customActivities', template);
    },
    async waitFor(match: (m: PlaygroundMessage) => boolean, timeoutMs = 20_000): Promise<PlaygroundMessage> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > until) throw new Error(`no matching playground message; got: ${messages.map((m) => m.card?.body?.[0]?.text ?? m.text).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      ws.close();
      await stop(child);
    },
  };
}

export type Playground = Awaited<ReturnType<typeof startPlayground>>;

function listening(child: ChildProcess, ready: string, timeoutMs = 60_000) {
  let output = '';
  return new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`playground not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes(ready)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`playground exited with ${code}:\n${output}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((ok) => {
    if (child.exitCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  });
