import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runtimePackages, packageOf } from './runtime-imports.js';
import { toolkitIgnore, writeZip, zipDeployFiles } from './zip-deploy.js';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const production = new Set(Object.keys(pkg.dependencies));

function run(command: string, args: string[]) {
  return new Promise<void>((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed:\n${errors}`))));
  });
}

/** The zipDeploy step of m365agents.yml: its artifactFolder and ignoreFile. */
async function zipDeployStep() {
  const yml = parse(await readFile('m365agents.yml', 'utf8'));
  const step = yml.deploy.find((s: { uses: string }) => s.uses === 'azureAppService/zipDeploy');
  return step.with as { artifactFolder: string; ignoreFile: string };
}

let dir: string;
let zipped: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lantern-deploy-'));
  // What `atk deploy` runs before zipping (npm run build), written to a temporary dist/ so the working copy's stays as it is.
  await Promise.all([
    run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json', '--outDir', join(dir, 'dist')]),
    run('node_modules/.bin/vite', ['build', '--config', 'src/tab/vite.config.ts', '--outDir', join(dir, 'dist', 'tab'), '--emptyOutDir', '--logLevel', 'error']),
  ]);
  const step = await zipDeployStep();
  const files = await zipDeployFiles(step.artifactFolder, await toolkitIgnore(step.ignoreFile), { dist: join(dir, 'dist') });
  zipped = await writeZip(files, join(dir, 'deploy.zip'));
}, 240_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the zip that azureAppService/zipDeploy uploads', () => {
  it('carries the compiled server entry, its telemetry preload and the built tab', () => {
    const start = pkg.scripts['start:production'] as string;
    expect(start).toContain('dist/src/main.js');
    for (const file of ['dist/src/main.js', 'dist/src/telemetry/preload.js', 'dist/tab/index.html', 'package.json', 'package-lock.json', '.npmrc']) {
      expect(zipped, file).toContain(file);
    }
    expect(zipped.some((f) => /^dist\/tab\/assets\/.+\.js$/.test(f))).toBe(true);
  });

  it('carries nothing else: no sources, tests, environment files or dependencies', () => {
    const outside = zipped.filter((f) => !f.startsWith('dist/') && !['package.json', 'package-lock.json', '.npmrc'].includes(f));
    expect(outside).toEqual([]);
    expect(zipped.filter((f) => /node_modules|\.env|\.user$/.test(f))).toEqual([]);
  });

  it('needs at run time only production dependencies (npm ci --omit=dev installs nothing else)', () => {
    const used = runtimePackages([join(dir, 'dist/src/main.js'), join(dir, 'dist/src/telemetry/preload.js')]);
    const missing = [...used].filter(([name]) => !production.has(name)).map(([name, file]) => `${name} (loaded by ${file.slice(dir.length + 1)})`);
    expect(missing).toEqual([]);
    expect(used.has('@azure/cosmos')).toBe(true);
  });
});

describe('production dependencies', () => {
  it('leave out what only the tab build needs (its UI libraries are bundled into dist/tab)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const tabImports = new Set<string>();
    for (const entry of readdirSync('src/tab', { recursive: true, withFileTypes: true })) {
      if (!/\.tsx?$/.test(entry.name)) continue;
      for (const [, s] of readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(/from ['"]([^.'"][^'"]*)['"]/g)) tabImports.add(packageOf(s!));
    }
    const server = runtimePackages([join(dir, 'dist/src/main.js'), join(dir, 'dist/src/telemetry/preload.js')]);
    const tabOnly = [...tabImports].filter((p) => !server.has(p));
    expect(tabOnly).toEqual(expect.arrayContaining(['react', '@fluentui/react-components', 'vite']));
    expect(tabOnly.filter((p) => production.has(p))).toEqual([]);
  });
});
