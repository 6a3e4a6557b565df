import { appProcess, startStore, tempDir, type AppOptions, type AppProcess, type StoreProcess } from './stack.js';

/** How long each load run lasts and how many clients it has: sized to finish in minutes on 2 cores. */
export const LOAD = { clients: 200, durationMs: 12_000 };

/** A store process and `instances` app processes on it (started together), for one test file. */
export async function startStack(database: string, instances = 1, env: AppOptions['env'] = {}) {
  const dir = await tempDir();
  const store: StoreProcess = await startStore(dir.path);
  const apps: AppProcess[] = [];
  for (let i = 0; i < instances; i++) apps.push(await appProcess({ dataDir: dir.path, store, database, env }));
  await Promise.all(apps.map((a) => a.start()));
  return {
    dir: dir.path,
    store,
    apps,
    async stop() {
      await Promise.all(apps.map((a) => a.signal('SIGTERM')));
      await store.stop();
      await dir.remove();
    },
  };
}
