import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const OPERATION_IDS = ['createConcern', 'getConcern', 'listConcerns', 'updateConcern', 'listChildren', 'getChildChronology', 'listAuditEvents'];

describe('HTTP surface', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await t.call(null, 'GET', '/healthz')).status).toBe(200);
    expect((await t.call(null, 'GET', '/readyz')).json).toEqual({ status: 'ready' });
  });

  it('serves OpenAPI 3.1 with the promised operationIds', async () => {
    const r = await t.call(null, 'GET', '/api/openapi.json');
    expect(r.json.openapi).toBe('3.1.0');
    const ids = Object.values(r.json.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ids).toEqual(expect.arrayContaining(OPERATION_IDS));
    expect(r.json.paths['/api/concerns'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('children');
  });

  it('sends no-store and security headers on every API answer, errors included', async () => {
    for (const [persona, path] of [['dsl', '/api/concerns'], [null, '/api/concerns'], [null, '/healthz']] as const) {
      const r = await t.call(persona, 'GET', path);
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(r.headers.get('x-frame-options')).toBeTruthy();
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('answers unknown paths and methods in the same JSON error shape', async () => {
    const missing = await t.call('dsl', 'GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
    const method = await t.call('dsl', 'DELETE', '/api/concerns');
    expect(method.status).toBe(405);
    expect(method.json.error.code).toBe('method_not_allowed');
  });

  it('echoes a correlation id and puts it in errors', async () => {
    const r = await t.call(null, 'GET', '/api/concerns', { headers: { 'x-correlation-id': 'corr-12345678' } });
    expect(r.headers.get('x-correlation-id')).toBe('corr-12345678');
    expect(r.json.error.correlationId).toBe('corr-12345678');
  });
});
