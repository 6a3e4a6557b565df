import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/api/log.js';
import { redact, scrubText } from '../../src/telemetry/redact.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImRldiJ9.eyJvaWQiOiIxMjM0NTY3OCIsIm5hbWUiOiJKbyJ9.c2lnbmF0dXJlLWJ5dGVz';
const ACCOUNT = 'Said she had not eaten since yesterday and had a bruise on her arm.';
const CHILD = { givenName: 'Amelia', familyName: 'Hartley' };

function capture(level: 'debug' | 'info' = 'debug') {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(level, sink), text: () => lines.join(''), lines };
}

describe('logger redaction', () => {
  it('writes one JSON line per entry with level, message and correlation id', () => {
    const { log, lines } = capture();
    log.log('info', 'request', { op: 'createConcern', status: 201, ms: 12, correlationId: 'corr-0001' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'request', op: 'createConcern', correlationId: 'corr-0001', service: 'lantern' });
  });

  it('never writes an Authorization header, a concern\'s account text or a child\'s name, however deeply nested', () => {
    const { log, text } = capture();
    log.log('error', 'unhandled error', {
      correlationId: 'corr-0002',
      authorization: `Bearer ${TOKEN}`,
      headers: { Authorization: `Bearer ${TOKEN}`, cookie: 'session=abc' },
      req: { headers: { authorization: `Bearer ${TOKEN}` }, body: { account: ACCOUNT } },
      concern: { account: ACCOUNT, children: [{ childId: 'child-001', role: 'subject' }], location: 'Playground' },
      child: { id: 'child-001', ...CHILD },
      items: [{ name: `${CHILD.givenName} ${CHILD.familyName}` }],
      error: new Error(`token ${TOKEN} rejected`),
    });
    const out = text();
    for (const secret of [TOKEN, ACCOUNT, CHILD.givenName, CHILD.familyName, 'session=abc', 'Playground']) expect(out).not.toContain(secret);
    expect(out).toContain('corr-0002');
    expect(out).toContain('child-001'); // ids are fine
    expect(out).toContain('[redacted]');
  });

  it('scrubs tokens out of free text, including the message itself', () => {
    const { log, text } = capture();
    log.log('warn', `could not verify Bearer ${TOKEN}`, { detail: `jwt=${TOKEN}` });
    expect(text()).not.toContain(TOKEN);
    expect(scrubText(`Authorization: Basic dXNlcjpwYXNz`)).toBe('Authorization: Basic [redacted]');
  });

  it('respects the level, and silent writes nothing', () => {
    const info = capture('info');
    info.log.log('debug', 'hidden', {});
    expect(info.lines).toHaveLength(0);
    const silent = createLogger('silent', new Writable({ write: () => expect.unreachable() }));
    silent.log('error', 'nothing', {});
  });

  it('redact() leaves ids, codes and timings alone', () => {
    expect(redact({ op: 'getConcern', status: 404, ms: 3, recordId: 'c-123', schoolId: 'demo-primary' })).toEqual({ op: 'getConcern', status: 404, ms: 3, recordId: 'c-123', schoolId: 'demo-primary' });
  });
});
