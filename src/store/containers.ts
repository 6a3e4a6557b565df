import type { CompositePath, ContainerDefinition, CosmosClient, Database } from '@azure/cosmos';

/** Schools, children, concerns, concern versions and audit events; one school = one logical partition. */
export const RECORDS_CONTAINER = 'records';
/** Periodic anchors of the audit chains (written later; created now so deployments need no migration). */
export const AUDIT_ANCHORS_CONTAINER = 'audit-anchors';
export const LEASES_CONTAINER = 'leases';

export const ALL_CONTAINERS = [RECORDS_CONTAINER, AUDIT_ANCHORS_CONTAINER, LEASES_CONTAINER] as const;

const pair = (first: string, order: CompositePath['order']): CompositePath[] => [
  { path: first, order },
  { path: '/id', order },
];

/**
 * Every multi-field ORDER BY the store issues needs a composite index. Real
 * Cosmos serves the reverse direction from one index; the embedded server
 * only accepts an exact match, so each direction used is listed.
 */
export const RECORDS_COMPOSITE_INDEXES: CompositePath[][] = [
  pair('/recordedAt', 'ascending'),
  pair('/recordedAt', 'descending'),
  pair('/occurredAt', 'ascending'),
  pair('/at', 'ascending'),
  pair('/at', 'descending'),
];

export const CONTAINER_DEFINITIONS: ContainerDefinition[] = [
  {
    id: RECORDS_CONTAINER,
    partitionKey: { paths: ['/schoolId'] },
    indexingPolicy: { compositeIndexes: RECORDS_COMPOSITE_INDEXES },
  },
  { id: AUDIT_ANCHORS_CONTAINER, partitionKey: { paths: ['/schoolId'] } },
  { id: LEASES_CONTAINER, partitionKey: { paths: ['/id'] } },
];

/**
 * Creates the database and containers when missing. An existing container is
 * left as it is (its indexing policy is not updated here).
 */
export async function ensureContainers(client: CosmosClient, databaseId: string): Promise<Database> {
  const { database } = await raceSafe(() => client.databases.createIfNotExists({ id: databaseId }));
  for (const definition of CONTAINER_DEFINITIONS) {
    await raceSafe(() => database.containers.createIfNotExists(definition));
  }
  return database;
}

/**
 * Two instances starting together can both find a resource missing; the
 * loser's create gets 409, and asking again finds the winner's.
 */
async function raceSafe<T>(createIfNotExists: () => Promise<T>): Promise<T> {
  try {
    return await createIfNotExists();
  } catch (e) {
    if ((e as { code?: unknown }).code !== 409) throw e;
    return createIfNotExists();
  }
}
