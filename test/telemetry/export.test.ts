import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateTls } from '../../src/store/embedded/tls.js';

const ACCOUNT = 'Told her teacher that nobody had made her breakfast all week.';

let dir: string;
let ingestion: Server;
let received = '';
let child: ChildProcess | undefined;

/** A stand-in for Application Insights' ingestion endpoint (HTTPS, as the exporter insists). */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lantern-telemetry-'));
  const tls = await loadOrCreateTls();
  await writeFile(join(dir, 'ca.pem'), tls.cert);
  ingestion = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received += (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"itemsReceived":1,"itemsAccepted":1,"errors":[]}');
    });
  });
  await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await new Promise((resolve) => ingestion.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; received so far:\n${received.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('telemetry to Application Insights', () => {
  it('exports requests, Cosmos DB dependencies and RU charges when the connection string is set — and no record text or tokens', async () => {
    const { port } = ingestion.address() as AddressInfo;
    let output = '';
    child = spawn('node_modules/.bin/tsx', ['--disable-warning=DEP0111', '--import', './src/telemetry/preload.ts', 'test/telemetry/fixtures/app-with-telemetry.ts'], {
      env: {
        ...process.env,
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:${port}/`,
        NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'),
        APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
        APPLICATIONINSIGHTS_SDKSTATS_DISABLED: 'true',
        OTEL_TRACES_SAMPLER: 'always_on',
        OTEL_BSP_SCHEDULE_DELAY: '200',
        OTEL_METRIC_EXPORT_INTERVAL: '1000',
        FIXTURE_ACCOUNT: ACCOUNT,
      },
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));

    await until(() => output.includes('ready'), 60_000);
    expect(output).toContain('ready 201 200');
    await until(() => received.includes('"name":"POST /api/concerns"') && received.includes('lantern.cosmos.request_charge'), 30_000);

    expect(received).toContain('"baseType":"RequestData"');
    expect(received).toContain('"baseType":"RemoteDependencyData"');
    expect(received).toContain('"name":"GET /api/concerns"');
    for (const secret of [ACCOUNT, 'Bearer', 'eyJ']) expect(received).not.toContain(secret);
  }, 120_000);
});
