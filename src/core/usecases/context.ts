import type { Actor } from '../model/actor.js';
import type { School } from '../model/school.js';
import type { Store } from '../ports/store.js';

/** What every use case needs from the outside world. */
export interface Deps {
  store: Store;
  clock: () => Date;
  newId: () => string;
}

/** Who is asking, in which school, under which correlation id. */
export interface RequestContext {
  actor: Actor;
  school: School;
  correlationId: string;
}
