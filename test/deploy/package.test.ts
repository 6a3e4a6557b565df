import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { manifestProblems } from '../../scripts/app-package/checks.js';
import { PROVISIONED } from './sample-env.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lantern-package-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function npmPackage(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npm', ['run', '-s', 'package', '--', ...args], { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}

describe('npm run package', () => {
  it('builds a zip holding a valid manifest.json and both icons', async () => {
    const out = join(dir, 'appPackage.zip');
    const r = await npmPackage(['--env', 'dev', '--out', out], PROVISIONED);
    expect(r.output).toContain('Built');
    expect(r.code).toBe(0);
    const entries = await unzip(out);
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.id).toBe(PROVISIONED.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(PROVISIONED.BOT_ID);
    const icons = { 'color.png': entries.get('color.png')!, 'outline.png': entries.get('outline.png')! };
    expect(await manifestProblems(manifest, icons, PROVISIONED.APP_DOMAIN!)).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, 'manifest.dev.json'), 'utf8'))).toEqual(manifest);
  }, 60_000);

  it('refuses to build while provisioning values are missing, naming them', async () => {
    const r = await npmPackage(['--env', 'dev', '--out', join(dir, 'never.zip')], { APP_DOMAIN: '', BOT_ID: '' });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/empty or missing: .*BOT_ID/);
    expect(r.output).toMatch(/APP_DOMAIN/);
  }, 60_000);

  it('refuses an unknown environment', async () => {
    const r = await npmPackage(['--env', 'nowhere', '--out', join(dir, 'never.zip')], {});
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('env/.env.nowhere does not exist');
  }, 60_000);
});
