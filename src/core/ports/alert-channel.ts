import type { Alert } from '../model/alert.js';
import type { School } from '../model/school.js';

export interface Reachable {
  oid: string;
  name: string;
  /** The person's Entra groups, resolved now (not when they installed the app). */
  groups: string[];
}

/** Where alerts are delivered (Teams proactive messages). Implemented by the bot door. */
export interface AlertChannel {
  /** People this channel can message in the school. */
  reachable(school: School): Promise<Reachable[]>;
  /** Delivers one alert to one person. Must carry no child name or detail. */
  send(school: School, oid: string, alert: Alert, text: string): Promise<void>;
}
