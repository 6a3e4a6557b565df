import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** One link per pair of children and kind: linking them twice finds the first link. */
export const familyLinkId = (schoolId: string, childIds: readonly [string, string], kind: string) =>
  `fl-${sha256(`${schoolId}\n${childIds[0]}\n${childIds[1]}\n${kind}`).slice(0, 32)}`;

/** One record per child and adult name and relationship, so a roster re-import adds nothing. */
export const childAdultId = (schoolId: string, childId: string, name: string, relationship: string) =>
  `ca-${sha256(`${schoolId}\n${childId}\n${name.toLowerCase()}\n${relationship.toLowerCase()}`).slice(0, 32)}`;
