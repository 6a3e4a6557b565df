import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMULATOR_KEY } from '../../../src/store/embedded/emulator-key.js';
import { freePort, stopped } from '../../support/processes.js';

/** The embedded Cosmos server in its own process (src/ops/store-server.ts): the data outlives any app process. */
export interface StoreProcess {
  endpoint: string;
  ca: string;
  caFile: string;
  /** The certificate's private key, for a proxy that presents the same certificate. */
  key: string;
  stop(): Promise<void>;
}

export async function startStore(dataDir: string): Promise<StoreProcess> {
  const port = await freePort();
  const { child } = await startNode('src/ops/store-server.ts', { COSMOS_PORT: String(port), LANTERN_DATA_DIR: dataDir }, 'Cosmos DB store listening');
  const caFile = join(dataDir, 'tls', 'cosmos-cert.pem');
  return {
    endpoint: `https://127.0.0.1:${port}`,
    ca: await readFile(caFile, 'utf8'),
    caFile,
    key: await readFile(join(dataDir, 'tls', 'cosmos-key.pem'), 'utf8'),
    stop: async () => void (await stopped(child)),
  };
}

/** One local-mode Lantern process (src/local/start.ts): restartable on the same port, killable with any signal. */
export interface AppProcess {
  url: string;
  /** A bearer token for a demo persona, from this instance's dev identity provider. */
  token(persona: string): Promise<string>;
  start(): Promise<void>;
  /** Sends the signal and resolves with the exit code (null when killed by a signal). */
  signal(sig: NodeJS.Signals): Promise<number | null>;
  output(): string;
  /** Where the data is: the store given, or the app's own embedded store. */
  store: { endpoint: string; caFile: string };
}

export interface AppOptions {
  dataDir: string;
  /** Omit to run the embedded store inside the app process (local mode as `npm start` runs it). */
  store?: { endpoint: string; caFile: string };
  database?: string;
  env?: Record<string, string>;
}

export async function appProcess(opts: AppOptions): Promise<AppProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    LANTERN_DATA_DIR: opts.dataDir,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_USER: '0',
    RATE_LIMIT_PER_IP: '0',
    ...(opts.database ? { COSMOS_DATABASE: opts.database } : {}),
    ...(opts.store ? { COSMOS_ENDPOINT: opts.store.endpoint, COSMOS_CA_FILE: opts.store.caFile, COSMOS_KEY: EMULATOR_KEY } : {}),
    ...opts.env,
  };
  if (!opts.store) env.COSMOS_PORT = String(await freePort());
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = () => '';
  const tokens = new Map<string, string>();
  const store = opts.store ?? { endpoint: `https://127.0.0.1:${env.COSMOS_PORT}`, caFile: join(opts.dataDir, 'tls', 'cosmos-cert.pem') };
  return {
    url,
    store,
    async start() {
      const started = await startNode('src/local/start.ts', env, 'Lantern is running');
      child = started.child;
      output = started.output;
    },
    async token(persona) {
      if (!tokens.has(persona)) {
        const res = await fetch(`${url}/dev-idp/token?persona=${persona}`);
        if (!res.ok) throw Object.assign(new Error(`no token for ${persona}: ${res.status}`), { code: 'NO_TOKEN' });
        tokens.set(persona, ((await res.json()) as { token: string }).token);
      }
      return tokens.get(persona)!;
    },
    signal: (sig) => (child && child.exitCode === null && child.signalCode === null ? stopped(child, sig) : Promise.resolve(child?.exitCode ?? null)),
    output: () => output(),
  };
}

/** A temporary directory for one test file, removed by the returned function. */
export async function tempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'lantern-reliability-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * Starts a TypeScript entry point as ONE node process (tsx as a loader, not
 * the tsx CLI, which would put a wrapper process in between: SIGKILL must
 * reach the app itself). Resolves once its output contains `ready`.
 */
function startNode(file: string, env: Record<string, string>, ready: string, timeoutMs = 90_000) {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', file], { env: { ...process.env, ...env } });
  let output = '';
  return new Promise<{ child: ChildProcess; output: () => string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with ${code} before ready:\n${output}`));
    });
  });
}
