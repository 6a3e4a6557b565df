import type { DoorContext } from '../door-context.js';

/** The Teams bot on POST /api/messages (built in the bot issue). */
export function mountBot(_ctx: DoorContext): void {}
