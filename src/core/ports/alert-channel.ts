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
  /** When present, people who chose a digest get their alerts once a day through it instead of `send`. */
  digests?: AlertDigests;
}

/** How people in a school want referral alerts: as they are raised, or in one digest a day. */
export interface DigestChoices {
  /** People who chose a daily digest. */
  oids: ReadonlySet<string>;
  /** Local time (HH:MM, school's time zone) the digest goes out. */
  time: string;
  /** Each person's own digest time (HH:MM), where they chose one; others get `time`. */
  times?: ReadonlyMap<string, string>;
}

/** Optional on an AlertChannel: daily digests for people who chose them. */
export interface AlertDigests {
  choices(school: School): Promise<DigestChoices>;
  /** Delivers one digest (several alerts) to one person. Must carry no child name or detail. */
  send(school: School, oid: string, alerts: Alert[]): Promise<void>;
}
