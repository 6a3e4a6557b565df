import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../scripts/app-package/env-files.js';
import { placeholdersIn } from '../../scripts/app-package/fill.js';
import { TEAMS_HOST_CLIENT_IDS } from '../../src/identity/teams-client-ids.js';
import { bicep } from './infra-text.js';
import { checkToolkitYml, toolkitYmlFiles } from './toolkit-schema.js';

const yml = readFileSync('m365agents.yml', 'utf8');
const devEnv = parseEnvFile(readFileSync('env/.env.dev', 'utf8'));
const aad = JSON.parse(readFileSync('infra/entra/aad.manifest.json', 'utf8'));

/** Set by the Agents Toolkit itself. */
const BUILT_IN = ['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
/** Outputs of infra/main.bicep, which the Toolkit writes back to the environment. */
const OUTPUTS = [...bicep('infra/main.bicep').matchAll(/^output (\w+) /gm)].map((m) => m[1]!);
/** Values the yml's actions write to the environment file. */
const WRITTEN = [...yml.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]+)\s*$/gm)].map((m) => m[1]!);

describe('Agents Toolkit lifecycle (m365agents.yml, env/, Entra app manifest)', () => {
  it('provisions the Entra app, the Teams app and the Azure resources, then deploys and publishes', () => {
    for (const action of ['aadApp/create', 'teamsApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/zipAppPackage', 'azureAppService/zipDeploy', 'teamsApp/publishAppPackage']) {
      expect(yml).toContain(`uses: ${action}`);
    }
    expect(yml).toMatch(/signInAudience: AzureADMyOrg/);
  });

  it('points only at files that exist', () => {
    for (const m of yml.matchAll(/(?:path|parameters|manifestPath|ignoreFile): (\.\/[\w./-]+)/g)) expect(existsSync(m[1]!), m[1]).toBe(true);
  });

  it('uses only values the environment file, the Toolkit or infra outputs provide', () => {
    expect(WRITTEN).toEqual(expect.arrayContaining(['API_CLIENT_ID', 'TENANT_ID', 'TEAMS_APP_ID']));
    expect(OUTPUTS).toEqual(expect.arrayContaining(['APP_DOMAIN', 'BOT_ID', 'AZURE_APP_SERVICE_RESOURCE_ID']));
    const known = new Set([...Object.keys(devEnv), ...BUILT_IN, ...OUTPUTS, ...WRITTEN]);
    const sources = {
      'm365agents.yml': yml,
      'infra/main.parameters.json': readFileSync('infra/main.parameters.json', 'utf8'),
      'infra/entra/aad.manifest.json': readFileSync('infra/entra/aad.manifest.json', 'utf8'),
      'appPackage/manifest.json': readFileSync('appPackage/manifest.json', 'utf8'),
    };
    for (const [file, text] of Object.entries(sources)) {
      const unknown = placeholdersIn(text).filter((p) => !known.has(p) && !p.startsWith('SECRET_'));
      expect(unknown, file).toEqual([]);
    }
    for (const name of [...WRITTEN, ...OUTPUTS].filter((n) => !n.startsWith('SECRET_'))) expect(Object.keys(devEnv), name).toContain(name);
  });

  it('exposes access_as_user at api://{domain}/{client id}, pre-authorised for every Teams and Microsoft 365 client', () => {
    expect(aad.identifierUris).toEqual(['api://${{APP_DOMAIN}}/${{API_CLIENT_ID}}']);
    expect(aad.accessTokenAcceptedVersion).toBe(2);
    expect(aad.signInAudience).toBe('AzureADMyOrg');
    expect(aad.oauth2Permissions.map((p: { value: string }) => p.value)).toEqual(['access_as_user']);
    const preAuthorised = aad.preAuthorizedApplications.map((a: { appId: string }) => a.appId);
    expect(preAuthorised.sort()).toEqual([...TEAMS_HOST_CLIENT_IDS].sort());
    expect(aad.groupMembershipClaims).toBe('SecurityGroup');
  });

  it('keeps secrets out of the committed environment files', () => {
    expect(readFileSync('env/.gitignore', 'utf8')).toContain('.env.*.user');
    for (const file of ['env/.env.dev', 'env/.env.local']) {
      expect(Object.keys(parseEnvFile(readFileSync(file, 'utf8'))).filter((k) => k.startsWith('SECRET_')), file).toEqual([]);
    }
  });
});

describe("Agents Toolkit lifecycle files pass the Toolkit's own schema (the pinned CLI's resource/yaml-schema)", () => {
  it('finds the lifecycle files', () => {
    expect(toolkitYmlFiles()).toContain('m365agents.yml');
  });

  it.each(toolkitYmlFiles())('%s is valid for the version it declares', (file) => {
    const { version, problems } = checkToolkitYml(file);
    expect(problems, `${file} (${String(version)})`).toEqual([]);
  });
});
