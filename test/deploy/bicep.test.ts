import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bicep, bicepFiles, declaration } from './infra-text.js';

const main = bicep('infra/main.bicep');
const cosmos = bicep('infra/modules/cosmos.bicep');
const web = bicep('infra/modules/app-service.bicep');
const vault = bicep('infra/modules/keyvault.bicep');

describe('infra (Bicep) security settings', () => {
  it('Cosmos DB takes Entra tokens only, keeps continuous backup and TLS 1.2', () => {
    const account = declaration(cosmos, 'resource', 'account');
    expect(account).toMatch(/disableLocalAuth: true/);
    expect(account).toMatch(/disableKeyBasedMetadataWriteAccess: true/);
    expect(account).toMatch(/backupPolicy: \{\s*type: 'Continuous'/);
    expect(account).toMatch(/minimalTlsVersion: 'Tls12'/);
    expect(main).toMatch(/param cosmosBackupTier string = 'Continuous\d+Days'/);
  });

  it('App Service is HTTPS only, TLS 1.2+, FTP off, always on, health-checked, on Node 22 LTS', () => {
    const site = declaration(web, 'resource', 'site');
    for (const setting of [/httpsOnly: true/, /minTlsVersion: '1\.2'/, /scmMinTlsVersion: '1\.2'/, /ftpsState: 'Disabled'/, /alwaysOn: true/, /healthCheckPath: '\/healthz'/, /linuxFxVersion: 'NODE\|22-lts'/]) {
      expect(site).toMatch(setting);
    }
    expect(declaration(web, 'resource', 'ftp')).toMatch(/allow: false/);
    expect(site).toMatch(/type: 'UserAssigned'/);
  });

  it('Blob storage takes Entra tokens only, no public blobs, TLS 1.2, versioning and soft delete; kept copies are immutable', () => {
    const storage = bicep('infra/modules/storage.bicep');
    const account = declaration(storage, 'resource', 'account');
    for (const setting of [/allowSharedKeyAccess: false/, /allowBlobPublicAccess: false/, /minimumTlsVersion: 'TLS1_2'/, /supportsHttpsTrafficOnly: true/, /defaultToOAuthAuthentication: true/]) {
      expect(account).toMatch(setting);
    }
    const service = declaration(storage, 'resource', 'blobService');
    expect(service).toMatch(/isVersioningEnabled: true/);
    expect(service).toMatch(/deleteRetentionPolicy: \{ enabled: true, days: softDeleteDays \}/);
    expect(declaration(storage, 'resource', 'kept')).toMatch(/name: 'kept-copies'/);
    const policy = declaration(storage, 'resource', 'keptPolicy');
    expect(policy).toMatch(/parent: kept/);
    expect(policy).toMatch(/immutabilityPeriodSinceCreationInDays: keptCopyDays/);
    expect(policy).toMatch(/allowProtectedAppendWrites: false/);
    // Storage Blob Data Contributor for the app's managed identity.
    expect(storage).toContain("'ba92f5b4-2d11-453d-a403-e96b0029c9fe'");
    expect(declaration(storage, 'resource', 'appCanUseBlobs')).toMatch(/principalId: principalId/);
    expect(declaration(main, 'module', 'storage')).toMatch(/principalId: identity\.outputs\.principalId/);
    expect(main).toMatch(/param keptCopyDays int = \d+/);
    // The container names the app uses.
    expect(readFileSync('src/files/blob-file-store.ts', 'utf8')).toContain("{ documents: 'documents', kept: 'kept-copies' }");
  });

  it('Key Vault uses RBAC, soft delete and purge protection', () => {
    const kv = declaration(vault, 'resource', 'vault');
    expect(kv).toMatch(/enableRbacAuthorization: true/);
    expect(kv).toMatch(/enableSoftDelete: true/);
    expect(kv).toMatch(/enablePurgeProtection: true/);
  });

  it('Application Insights takes Entra-authenticated telemetry only, into Log Analytics', () => {
    const monitoring = bicep('infra/modules/monitoring.bicep');
    expect(declaration(monitoring, 'resource', 'appInsights')).toMatch(/DisableLocalAuth: true/);
    expect(monitoring).toMatch(/WorkspaceResourceId: workspace\.id/);
  });

  it('the bot is the app\'s managed identity, on the Teams channel', () => {
    const bot = bicep('infra/modules/bot.bicep');
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/msaAppMSIResourceId: identityId/);
    expect(bot).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(main).toMatch(/endpoint: 'https:\/\/\$\{appHost\}\/api\/messages'/);
  });

  it('no account keys or connection strings are read anywhere', () => {
    const texts = [...bicepFiles().values(), readFileSync('infra/main.parameters.json', 'utf8'), readFileSync('m365agents.yml', 'utf8')];
    for (const text of texts) {
      for (const forbidden of ['listKeys(', 'listConnectionStrings(', 'listAccountSas(', 'listServiceSas(', 'primaryMasterKey', 'AccountKey=', 'COSMOS_KEY', 'BLOB_ACCOUNT_KEY', 'MICROSOFT_APP_PASSWORD']) {
        expect(text).not.toContain(forbidden);
      }
    }
  });

  it('puts Cosmos DB behind a private endpoint when the parameter asks', () => {
    expect(main).toMatch(/param cosmosNetworkMode string = 'public'/);
    expect(main).toMatch(/module cosmosEndpoint 'modules\/cosmos-private-endpoint\.bicep' = if \(privateCosmos\)/);
    expect(main).toMatch(/module network 'modules\/network\.bicep' = if \(privateCosmos\)/);
    expect(cosmos).toMatch(/publicNetworkAccess: privateNetworking \? 'Disabled' : 'Enabled'/);
    expect(bicep('infra/modules/cosmos-private-endpoint.bicep')).toMatch(/groupIds: \['Sql'\]/);
  });

  it('references only modules that exist, and the parameters file matches main.bicep', () => {
    for (const [path, text] of bicepFiles()) {
      for (const m of text.matchAll(/^module \w+ '([^']+)'/gm)) expect(existsSync(join(dirname(path), m[1]!)), m[1]).toBe(true);
    }
    const params = [...main.matchAll(/^param (\w+) \w+( = .*)?$/gm)];
    const given = Object.keys(JSON.parse(readFileSync('infra/main.parameters.json', 'utf8')).parameters);
    for (const name of given) expect(params.map((p) => p[1]), name).toContain(name);
    for (const p of params.filter((x) => !x[2])) expect(given, `${p[1]} has no default`).toContain(p[1]);
  });

  it('starts the compiled server with the telemetry preload, and deploys only what it needs', () => {
    expect(main).toContain("startCommand: 'node --disable-warning=DEP0111 --import ./dist/src/telemetry/preload.js dist/src/main.js'");
    expect(existsSync('src/telemetry/preload.ts') && existsSync('src/main.ts')).toBe(true);
    const ignore = readFileSync('infra/app.deployignore', 'utf8').split('\n');
    // The Toolkit tests a folder by its path without a trailing slash: `!/dist/` would keep nothing (deploy-artefact.test.ts builds the zip).
    for (const kept of ['!/dist', '!/package.json', '!/package-lock.json', '!/.npmrc']) expect(ignore).toContain(kept);
  });
});

describe('infra provisions the first time, and again after a teardown', () => {
  it('makes the Cosmos DB data-plane role assignments one at a time (Azure refuses them in parallel)', () => {
    const assignments = declaration(cosmos, 'resource', 'containerAssignments');
    expect(cosmos).toMatch(/@batchSize\(1\)\s*\nresource containerAssignments /);
    expect(assignments).toMatch(/for c in containerSpecs/);
    expect(assignments).toMatch(/dependsOn: \[[^\]]*\bmetadataAssignment\b/);
    // Every data-plane assignment is one of these two: nothing else can run alongside them.
    expect([...cosmos.matchAll(/^resource \w+ 'Microsoft\.DocumentDB\/databaseAccounts\/sqlRoleAssignments@/gm)]).toHaveLength(2);
  });

  it('gives the Key Vault a name a new seed changes, within Key Vault limits, and can recover a soft-deleted one', () => {
    const kv = declaration(main, 'module', 'keyVault');
    const name = /name: '(kv-lantern-)\$\{take\((.+), (\d+)\)\}'/.exec(kv);
    expect(name, 'vault name expression').not.toBeNull();
    expect(name![1]!.length + Number(name![3])).toBeLessThanOrEqual(24);
    expect(name![2]).toMatch(/uniqueString\(token, keyVaultSeed\)/);
    expect(kv).toMatch(/createMode: keyVaultCreateMode/);
    expect(main).toMatch(/@allowed\(\['default', 'recover'\]\)[^\n]*\n[^\n]*\nparam keyVaultCreateMode string = 'default'/);
    expect(declaration(vault, 'resource', 'vault')).toMatch(/createMode: createMode/);
    const given = JSON.parse(readFileSync('infra/main.parameters.json', 'utf8')).parameters;
    expect(given.keyVaultSeed.value).toBe('${{KEY_VAULT_SEED}}');
    expect(given.keyVaultCreateMode.value).toBe('${{KEY_VAULT_CREATE_MODE}}');
  });

  it('documents a what-if preview and the re-provision after a teardown, as commands', () => {
    const guide = readFileSync('docs/deploy.md', 'utf8');
    expect(guide).toMatch(/az deployment group what-if[^\n]*\\\n[\s\S]*--template-file infra\/main\.bicep/);
    expect(guide).toMatch(/KEY_VAULT_SEED/);
    expect(guide).toMatch(/KEY_VAULT_CREATE_MODE=recover/);
  });
});
