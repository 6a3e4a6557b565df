import type { PeopleDirectory, RosterSource } from '../../core/ports/people-directory.js';
import type { Deps } from '../../core/usecases/context.js';

/**
 * What the access and roster operations need beyond `Deps`: the directory
 * (Graph, or local personas), School Data Sync, and a way to make a mapping
 * change take effect at once. The app provides it for its own `deps` when it
 * wires itself (src/app.ts), so the operation table keeps its `(deps)` shape.
 */
export interface AccessEnv {
  people?: PeopleDirectory;
  roster?: RosterSource;
  /** Forget cached school configurations and memberships of the tenant on this instance. */
  accessChanged(tenantId: string): void;
}

const envs = new WeakMap<Deps, AccessEnv>();

export const provideAccessEnv = (deps: Deps, env: AccessEnv): void => void envs.set(deps, env);

/** Without a provided environment: no directory, and nothing cached to forget. */
export const accessEnvOf = (deps: Deps): AccessEnv => envs.get(deps) ?? { accessChanged: () => undefined };
