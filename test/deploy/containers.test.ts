import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ANCHORS_CONTAINER, CONTAINER_DEFINITIONS } from '../../src/store/containers.js';
import { bicep, declaration } from './infra-text.js';

interface Spec {
  id: string;
  partitionKey: string;
  access: string;
  compositeIndexes: unknown[];
}
const specs = (JSON.parse(readFileSync('infra/cosmos-containers.json', 'utf8')) as { containers: Spec[] }).containers;
const cosmos = bicep('infra/modules/cosmos.bicep');

describe('Cosmos DB containers in infra', () => {
  it('are exactly the containers the code expects, with their partition keys and composite indexes', () => {
    const fromCode = CONTAINER_DEFINITIONS.map((d) => ({
      id: d.id,
      partitionKey: d.partitionKey && typeof d.partitionKey === 'object' && 'paths' in d.partitionKey ? d.partitionKey.paths : undefined,
      compositeIndexes: d.indexingPolicy?.compositeIndexes ?? [],
    }));
    const fromInfra = specs.map((s) => ({ id: s.id, partitionKey: [s.partitionKey], compositeIndexes: s.compositeIndexes }));
    expect(fromInfra).toEqual(fromCode);
    expect(cosmos).toContain("loadJsonContent('../cosmos-containers.json')");
  });

  it('grant read-write to data containers and create + read only to the audit anchors', () => {
    for (const s of specs) expect(['read-write', 'create-read']).toContain(s.access);
    expect(specs.find((s) => s.id === AUDIT_ANCHORS_CONTAINER)?.access).toBe('create-read');
    const assignments = declaration(cosmos, 'resource', 'containerAssignments');
    expect(assignments).toContain("c.access == 'create-read' ? createRead.id : '${account.id}/sqlRoleDefinitions/${dataContributor}'");
    expect(assignments).toContain("scope: '${account.id}/dbs/${databaseName}/colls/${c.id}'");
    expect(cosmos).toContain("var dataContributor = '00000000-0000-0000-0000-000000000002'");
  });

  it('the create + read role cannot replace, upsert or delete', () => {
    const role = declaration(cosmos, 'resource', 'createRead');
    const actions = [...role.slice(role.indexOf('dataActions')).matchAll(/'(Microsoft\.DocumentDB\/[^']+)'/g)].map((m) => m[1]);
    expect(actions.sort()).toEqual([
      'Microsoft.DocumentDB/databaseAccounts/readMetadata',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read',
    ]);
    expect(declaration(cosmos, 'resource', 'metadataReader')).not.toMatch(/items/);
  });
});
