import type { CloudAdapter } from 'botbuilder';
import type { Logger } from '../api/log.js';
import type { Config } from '../config/config.js';
import type { GroupMembership } from '../core/ports/group-membership.js';
import type { Deps } from '../core/usecases/context.js';
import type { ActivityFeed } from '../identity/graph/activity-feed.js';
import type { SchoolDirectory } from '../identity/school-directory.js';
import type { BackgroundTasks } from './background.js';
import type { Links } from './links.js';
import type { PeopleCache } from './notify/people-cache.js';

/** Everything the bot's handlers share: the same use-case dependencies and directory as the API, plus Teams plumbing. */
export interface BotEnv {
  deps: Deps;
  directory: SchoolDirectory;
  config: Config;
  log: Logger;
  membership: GroupMembership;
  adapter: CloudAdapter;
  links: Links;
  tasks: BackgroundTasks;
  /** Addresses and DSL preferences per school, cached like the school directory. */
  people: PeopleCache;
  /** Teams activity-feed notifications (Microsoft Graph), when configured. */
  feed?: ActivityFeed;
}
