import type { Server } from 'restify';
import type { Logger } from './api/log.js';
import type { Admission } from './api/rate-limit.js';
import type { Config } from './config/config.js';
import type { Deps } from './core/usecases/context.js';
import type { PeopleDirectory } from './core/ports/people-directory.js';
import type { ActivityFeed } from './identity/graph/activity-feed.js';
import type { AppInstallation } from './identity/graph/app-installation.js';
import type { SchoolDirectory } from './identity/school-directory.js';

/** What the doors other than the REST API share with it. */
export interface DoorContext {
  server: Server;
  deps: Deps;
  directory: SchoolDirectory;
  config: Config;
  log: Logger;
  /** Rate limits shared with the API (per user across both doors). */
  admission?: Admission;
  /** The Teams activity feed over the app's Microsoft Graph client; absent when Graph is not configured. */
  activityFeed?: ActivityFeed;
  /** Lantern installing itself for the DSL and staff groups' members (Graph, once the app is published). */
  reach?: { installation: AppInstallation; people: PeopleDirectory };
}
