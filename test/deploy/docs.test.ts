import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config.js';

describe('docs/configuration.md', () => {
  it('lists every setting the config module reads', () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    const missing = Object.keys(configSchema.shape).filter((key) => !doc.includes(`\`${key}\``));
    expect(missing, 'add these to docs/configuration.md').toEqual([]);
  });
});

describe('docs/deploy.md: every command it names exists', () => {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const blocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/\\\n\s*/g, ' '));
  const commands = blocks.flatMap((b) => b.split('\n')).map((l) => l.trim()).filter(Boolean);

  it('goes step by step, each step with a command', () => {
    const steps = doc.split(/\n### /).slice(1);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    const withoutCommand = steps.filter((s) => !s.includes('```sh') && !/^9\./.test(s)).map((s) => s.split('\n')[0]);
    expect(withoutCommand).toEqual([]);
  });

  it('npm scripts are in package.json', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const named = [...doc.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !(n in scripts))).toEqual([]);
  });

  it('Toolkit commands are lifecycle stages of m365agents.yml or CLI commands', () => {
    const yml = readFileSync('m365agents.yml', 'utf8');
    const used = commands.filter((c) => c.startsWith('npx atk ')).map((c) => c.split(' ')[2]!);
    for (const stage of ['provision', 'deploy', 'publish']) expect(yml).toMatch(new RegExp(`^${stage}:`, 'm'));
    expect(used.filter((c) => !['provision', 'deploy', 'publish', 'auth', 'env', 'preview'].includes(c))).toEqual([]);
  });

  it('the what-if passes only parameters infra/main.bicep declares, and every required one', () => {
    const bicep = readFileSync('infra/main.bicep', 'utf8');
    const params = [...bicep.matchAll(/^param (\w+) (\w+)( =)?/gm)].map((m) => ({ name: m[1]!, required: !m[3] }));
    const whatIf = commands.find((c) => c.startsWith('az deployment group what-if'))!;
    const passed = [...whatIf.split('--parameters ')[1]!.matchAll(/(\w+)=/g)].map((m) => m[1]!);
    expect(passed.filter((p) => !params.some((x) => x.name === p))).toEqual([]);
    expect(params.filter((p) => p.required && !passed.includes(p.name)).map((p) => p.name)).toEqual([]);
    expect(whatIf).toContain('--template-file infra/main.bicep');
  });

  it('files it names are in the repository, and environment values it reads are in env/.env.dev', () => {
    const paths = [...doc.matchAll(/`((?:infra|scripts|env|appPackage|src)\/[\w./-]+)`/g)].map((m) => m[1]!).filter((p) => !p.includes('{') && p !== 'env/.env.prod' && p !== 'env/.env.prod.user');
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
    const envFile = readFileSync('env/.env.dev', 'utf8');
    const read = [...blocks.join('\n').matchAll(/\$\{?([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!);
    expect([...new Set(read)].filter((v) => !new RegExp(`^${v}=`, 'm').test(envFile))).toEqual([]);
  });

  it('setup:tenant flags are ones the command accepts', () => {
    const source = readFileSync('src/ops/setup-tenant.ts', 'utf8');
    const used = commands.filter((c) => c.includes('npm run setup:tenant')).flatMap((c) => [...c.matchAll(/ --([\w-]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((f) => !source.includes(`'${f}': {`) && !source.includes(`  ${f}: {`))).toEqual([]);
  });
});
