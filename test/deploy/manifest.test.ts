import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { manifestProblems, type IconFile } from '../../scripts/app-package/checks.js';
import { fillTemplate, placeholdersIn } from '../../scripts/app-package/fill.js';
import { ENVIRONMENTS, provisioned } from './sample-env.js';

const TEMPLATE = readFileSync('appPackage/manifest.json', 'utf8');
const ICONS: Record<IconFile, Buffer> = { 'color.png': readFileSync('appPackage/color.png'), 'outline.png': readFileSync('appPackage/outline.png') };

function manifestFor(env: string) {
  const values = provisioned(readFileSync(`env/.env.${env}`, 'utf8'));
  const { text, missing } = fillTemplate(TEMPLATE, values);
  expect(missing).toEqual([]);
  return { manifest: JSON.parse(text), values };
}

/** The newest numbered Teams schema the installed @microsoft/app-manifest bundles. */
function newestBundledVersion(): string {
  const dirs = readdirSync('node_modules/@microsoft/app-manifest/build/json-schemas/teams').filter((d) => /^v\d+\.\d+$/.test(d));
  const versions = dirs.map((d) => d.slice(1).split('.').map(Number) as [number, number]);
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return versions.at(-1)!.join('.');
}

describe('Teams app manifest', () => {
  it('uses the newest manifest schema the validator bundles', () => {
    const template = JSON.parse(TEMPLATE);
    expect(template.manifestVersion).toBe(newestBundledVersion());
    expect(template.$schema).toContain(`/teams/v${template.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it('takes every placeholder from the environment files', () => {
    for (const env of ENVIRONMENTS) {
      const keys = Object.keys(provisioned(readFileSync(`env/.env.${env}`, 'utf8')));
      expect(placeholdersIn(TEMPLATE).filter((p) => !keys.includes(p)), `env/.env.${env}`).toEqual([]);
    }
  });

  it.each(ENVIRONMENTS)('validates for the %s environment against the bundled schema, with Lantern\'s own rules', async (env) => {
    const { manifest, values } = manifestFor(env);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as TeamsManifest)).toEqual([]);
    expect(await manifestProblems(manifest, ICONS, values.APP_DOMAIN!)).toEqual([]);
    expect(manifest.validDomains).toEqual([values.APP_DOMAIN]);
    expect(manifest.validDomains.join()).not.toContain('*');
    expect(manifest.webApplicationInfo).toEqual({ id: values.API_CLIENT_ID, resource: `api://${values.APP_DOMAIN}/${values.API_CLIENT_ID}` });
    expect(manifest.staticTabs[0].contentUrl).toBe(`https://${values.APP_DOMAIN}/tab/`);
  });

  it('offers concerns only in personal scope; teams and group chats get help pointing to a private chat', () => {
    const { manifest } = manifestFor('dev');
    const [bot] = manifest.bots;
    expect(bot.scopes).toContain('personal');
    const personal = bot.commandLists.find((l: { scopes: string[] }) => l.scopes.includes('personal'));
    expect(personal.commands.map((c: { title: string }) => c.title)).toEqual(['log concern', 'my concerns', 'help']);
    const shared = bot.commandLists.filter((l: { scopes: string[] }) => !l.scopes.includes('personal'));
    expect(shared.flatMap((l: { commands: { title: string }[] }) => l.commands.map((c) => c.title))).toEqual(['help']);
  });

  it('declares activity types for alerts whose text names no child and gives no detail', () => {
    const { manifest } = manifestFor('dev');
    const types = manifest.activities.activityTypes as { type: string; templateText: string }[];
    expect(types.map((t) => t.type)).toEqual(expect.arrayContaining(['referralOverdue', 'concernShared', 'subjectAccessDue']));
    for (const t of types) {
      expect(t.templateText).toContain('open Lantern');
      const parameters = [...t.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      for (const p of parameters) expect(p).toMatch(/^[a-z]+Ref$/); // references like R-0042 only
    }
  });

  it('the checks catch a wildcard domain, a mismatched SSO resource, a wrong icon size and a schema error', async () => {
    const { manifest, values } = manifestFor('dev');
    const bad = structuredClone(manifest);
    bad.validDomains = ['*.azurewebsites.net'];
    bad.webApplicationInfo.resource = 'api://elsewhere.example/abc';
    delete bad.developer;
    const problems = await manifestProblems(bad, { ...ICONS, 'outline.png': ICONS['color.png'] }, values.APP_DOMAIN!);
    expect(problems.join('\n')).toMatch(/schema: .*developer/);
    expect(problems.join('\n')).toContain('wildcard');
    expect(problems.join('\n')).toContain('webApplicationInfo.resource');
    expect(problems.join('\n')).toContain('outline.png is 192x192');
  });
});
