import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  conversationId: string;
  activity: { id?: string; type: string; text?: string; attachments?: { contentType: string; content: any }[] };
}

export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
}

/**
 * A stand-in for the Bot Connector service (the activity's serviceUrl): it
 * records what the bot sends, creates personal chats on request and answers
 * roster queries, over real HTTP.
 */
export async function startFakeConnector() {
  const sent: SentActivity[] = [];
  const updated: SentActivity[] = [];
  const created: { conversationId: string; memberId: string }[] = [];
  const rosters = new Map<string, RosterMember[]>();
  let next = 1;
  let failing = false;

  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => route(req, res, body))
      .catch(() => reply(res, 500, {}));
  });

  function route(req: IncomingMessage, res: ServerResponse, body: any) {
    if (failing) return reply(res, 503, { error: { code: 'ServiceUnavailable' } });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const conv = /^\/v3\/conversations\/([^/]+)/.exec(path)?.[1];
    const conversationId = conv ? decodeURIComponent(conv) : '';
    if (req.method === 'POST' && path === '/v3/conversations') {
      const memberId = body.members?.[0]?.id ?? '';
      const id = `personal-${memberId}`;
      created.push({ conversationId: id, memberId });
      return reply(res, 201, { id });
    }
    if (req.method === 'POST' && /\/activities(\/[^/]+)?$/.test(path)) {
      const id = `act-${next++}`;
      sent.push({ conversationId, activity: { ...body, id } });
      return reply(res, 200, { id });
    }
    if (req.method === 'PUT' && /\/activities\/[^/]+$/.test(path)) {
      updated.push({ conversationId, activity: body });
      return reply(res, 200, { id: body.id });
    }
    if (req.method === 'GET' && path.endsWith('/pagedmembers')) return reply(res, 200, { members: rosters.get(conversationId) ?? [] });
    return reply(res, 404, {});
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    sent,
    updated,
    created,
    setRoster: (conversationId: string, members: RosterMember[]) => rosters.set(conversationId, members),
    /** Makes every call fail with 503, as if Teams were unreachable. */
    fail: (on: boolean) => (failing = on),
    cardsTo: (conversationId: string) => sent.filter((s) => s.conversationId === conversationId).map((s) => cardOf(s)),
    reset() {
      sent.length = 0;
      updated.length = 0;
      created.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;

export const cardOf = (s: SentActivity) => s.activity.attachments?.[0]?.content;

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

function reply(res: ServerResponse, status: number, body: unknown) {
  const payload = JSON.stringify(body);
  // Not chained: restify, loaded in the same process, patches writeHead to return nothing.
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
