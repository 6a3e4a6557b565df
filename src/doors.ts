import type { DoorContext } from './door-context.js';
import { mountBot } from './bot/mount-bot.js';
import { mountTab } from './api/routes/tab-static.js';

/** Mounts the bot (/api/messages) and the tab (/tab/) on the API's server. */
export function mountDoors(ctx: DoorContext): void {
  mountBot(ctx);
  mountTab(ctx);
}
