import type { DoorContext } from '../../door-context.js';

/** The tab's static build on /tab/ (built in the tab issue). */
export function mountTab(_ctx: DoorContext): void {}
