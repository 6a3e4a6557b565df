import type { Server } from 'restify';
import type { Logger } from './api/log.js';
import type { Config } from './config/config.js';
import type { Deps } from './core/usecases/context.js';
import type { SchoolDirectory } from './identity/school-directory.js';

/** What the doors other than the REST API share with it. */
export interface DoorContext {
  server: Server;
  deps: Deps;
  directory: SchoolDirectory;
  config: Config;
  log: Logger;
}
