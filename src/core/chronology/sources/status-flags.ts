import { flagText } from '../../child-status/labels.js';
import { statusFlagEntries } from '../../child-status/status-flag-entries.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';

type FlagEntry = Awaited<ReturnType<typeof statusFlagEntries>>[number];

/** A status (child protection plan, child in need, SEN support…) starting or ending, for those who may see it. */
export const statusFlagSource: ChronologySource = {
  kinds: [{ id: 'status-flag', label: 'Status change' }],
  async entries({ deps, ctx, childId }) {
    return (await statusFlagEntries(deps, ctx, childId)).map(entryOf);
  },
};

function entryOf(f: FlagEntry): ChronologyEntry {
  return {
    id: `status-flag:${f.statusFlagId}:${f.change}`,
    kind: 'status-flag',
    at: f.at.slice(0, 10),
    dateOnly: true,
    recordedAt: f.recordedAt,
    by: f.by,
    title: `${flagText(f)} ${f.change === 'set' ? 'started' : 'ended'}`,
    details: f.source === 'roster' ? [{ label: 'Source', value: 'School roster' }] : [],
    categories: [],
    record: { type: 'child', id: f.link.split('/').pop()!, ref: 'file' },
  };
}
