import type { DashboardSection, DashboardSize, Spread } from './dashboard-scale.js';
import type { SweepSection, SweepSize } from './sweep-scale.js';
import { sweepItems } from './sweep-scale.js';
import { LOADS } from './dashboard-scale.js';

export const TARGET_TAB_GZIP_KB = 250;
export const TARGET_SWEEP_RATIO = 1.5;

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '-');
const num = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '-');
const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const spreadText = (s: Spread) => (s.min === s.max ? int(s.median) : `${int(s.median)} (${int(s.min)}–${int(s.max)})`);
const cells = (widths: number[], values: string[]) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');

export function dashboardTargets(s: DashboardSection) {
  const [small, large] = [s.sizes[0], s.sizes[s.sizes.length - 1]];
  const sameRequests = !!small && !!large && small.requests.median === large.requests.median && small.requests.max === large.requests.max;
  const sameItems = !!small && !!large && small.items.median === large.items.median && small.items.max === large.items.max;
  const tabOk = s.tab ? s.tab.gzipBytes / 1024 <= TARGET_TAB_GZIP_KB : undefined;
  return { sameRequests, sameItems, tabOk };
}

export function printDashboard(s: DashboardSection): void {
  console.log('');
  console.log(`== DSL home at scale: GET /api/dashboard as the dsl persona, ${LOADS} loads per size one at a time, after 2 warm-up loads`);
  const w = [11, 11, 10, 13, 12, 12, 9, 9, 9, 9];
  console.log(cells(w, ['concerns', 'documents', 'bulk load', 'cosmos req/load', 'items/load', 'pages+plans', 'p50 ms', 'max ms', 'RSS MB', 'heap MB']));
  for (const r of s.sizes) {
    console.log(cells(w, [int(r.concerns), int(r.documents), `${num(r.bulkLoadSec)} s`, spreadText(r.requests), spreadText(r.items), `${int(r.queryPagesPerLoad)}+${int(r.plansPerLoad)}`, num(r.p50Ms), num(r.maxMs), int(r.rssMb), `${int(r.heapMb)}→${int(r.heapAfterDropMb)}`]));
  }
  for (const r of s.sizes) console.log(`items per read, ${int(r.concerns)} concerns: ${byRead(r)}`);
  for (const r of s.sizes) if (r.errors) console.log(`errors at ${int(r.concerns)}: ${r.errors}; first: ${r.firstError}`);
  const views = s.sizes.map((r) => r.view);
  const v = views[views.length - 1];
  if (v) {
    const same = views.every((x) => x.triageTotal === v.triageTotal && x.triagePage === v.triagePage && x.overdue === v.overdue && x.dueSoon === v.dueSoon && x.patternFlags === v.patternFlags);
    console.log(`the DSL saw${same ? ' (the same at every size)' : ' (DIFFERENT across sizes!)'}: ${v.triageTotal} waiting for triage (page of ${v.triagePage}), ${v.overdue} actions overdue, ${v.dueSoon} due soon, ${v.patternFlags} pattern flags; this school year: ${views.map((x) => int(x.yearTotal)).join(' / ')} concerns`);
  }
  console.log('data: open work (25 new, 15 triaged with open actions) and 40 concerns closed in the last 60 days are identical at every size;');
  console.log('      the rest is closed history that occurred 60 days to 3 years ago (the pattern window, ≤ 90 days, reads recent activity, not history).');
  console.log('items = documents or aggregate rows the embedded server returned (x-ms-item-count of each query page + point reads), counted at its HTTP responses;');
  console.log('      pages+plans = query pages and the SDK\'s query-plan requests (no documents on Cosmos; the embedded server runs them as queries, not counted in items).');
  console.log('      "items per read" = what each Store read handed back to the use case (counting wrapper around the Store).');
  const t = dashboardTargets(s);
  const [small, large] = [s.sizes[0], s.sizes[s.sizes.length - 1]];
  if (small && large && small !== large) {
    console.log(`target: same Cosmos requests per load at both sizes: ${spreadText(small.requests)} vs ${spreadText(large.requests)}: ${mark(t.sameRequests)}`);
    console.log(`        items read bounded by page size and open work, not history: ${spreadText(small.items)} vs ${spreadText(large.items)}: ${mark(t.sameItems)}`);
    console.log(`load time p50 ${num(small.p50Ms)} → ${num(large.p50Ms)} ms (×${num(large.p50Ms / small.p50Ms, 1)}): the embedded server has no index — every query walks all`);
    console.log(`        ${int(large.documents)} documents (${int(small.documents)} at the small size), ${int(large.queryPagesPerLoad + large.plansPerLoad)} times per load (pages + plans); on Cosmos these reads are index lookups.`);
  }
  printTab(s);
  console.log(`(section: ${num(s.sec)} s)`);
}

function byRead(r: DashboardSize): string {
  return Object.entries(r.byRead)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${num(v, Number.isInteger(v) ? 0 : 1)}`)
    .join(', ');
}

function printTab(s: DashboardSection) {
  if (!s.tab) {
    console.log('tab initial JS: dist/tab not found — run `npm run build:tab` first to measure it (target ≤ 250 KB gzipped).');
    return;
  }
  const kb = s.tab.gzipBytes / 1024;
  console.log(`tab initial JS: ${num(kb)} KB gzipped (${num(s.tab.bytes / 1024)} KB raw, ${s.tab.files.length} files: ${s.tab.files.join(', ')}); target ≤ ${TARGET_TAB_GZIP_KB} KB: ${mark(kb <= TARGET_TAB_GZIP_KB)}`);
}

export function sweepTargets(s: SweepSection) {
  const [small, large] = [s.sizes[0], s.sizes[s.sizes.length - 1]];
  if (!small || !large) return { sameRequests: false, ratio: Number.NaN, ratioOk: false, repeatRatio: Number.NaN };
  const ratio = large.first.ms / small.first.ms;
  return {
    sameRequests: small.first.requests === large.first.requests && small.repeat.requests === large.repeat.requests,
    ratio,
    ratioOk: ratio <= TARGET_SWEEP_RATIO,
    repeatRatio: large.repeat.ms / small.repeat.ms,
  };
}

export function printSweep(s: SweepSection): void {
  console.log('');
  console.log(`== Overdue sweep at scale: sweepOnce at ${s.clock}, no channel; ${s.sizes[0]?.open ?? 0} open referrals due soon or overdue, among closed ones, one school`);
  const w = [16, 11, 10, 7, 9, 7, 11, 12, 15, 13];
  console.log(cells(w, ['closed referrals', 'documents', 'bulk load', 'sweep', 'sweep ms', 'raised', 'cosmos req', 'pages+plans', 'items returned', 'docs scanned']));
  for (const r of s.sizes) {
    for (const [label, run] of [['first', r.first], ['repeat', r.repeat]] as const) {
      const first = label === 'first';
      console.log(cells(w, [first ? int(r.closed) : '', first ? int(r.documents) : '', first ? `${num(r.bulkLoadSec)} s` : '', label, num(run.ms), int(run.raised), int(run.requests), `${int(run.reads.queryPages)}+${int(run.reads.plans)}`, int(sweepItems(run)), int((run.reads.queryPages + run.reads.plans) * r.documents)]));
    }
  }
  console.log('first = the sweep that raises the alerts (a write and an audit event each); repeat = median of 3 later sweeps, every alert already raised.');
  console.log('docs scanned = (query pages + query-plan requests) × documents in the container: the embedded server walks every document for each (no index).');
  for (const r of s.sizes) console.log(`memory at ${int(r.closed)}: RSS ${int(r.rssMb)} MB, heap ${int(r.heapMb)} MB → ${int(r.heapAfterDropMb)} MB after dropping the database`);
  const t = sweepTargets(s);
  const [small, large] = [s.sizes[0], s.sizes[s.sizes.length - 1]];
  if (small && large && small !== large) {
    console.log(`time ratio ${int(large.closed)}/${int(small.closed)}: first ${num(t.ratio, 2)}, repeat ${num(t.repeatRatio, 2)}`);
    console.log(`target: same Cosmos requests at both sizes: first ${small.first.requests} vs ${large.first.requests}, repeat ${small.repeat.requests} vs ${large.repeat.requests}: ${mark(t.sameRequests)}`);
    console.log(`        time ratio ≤ ${TARGET_SWEEP_RATIO} (first sweep): ${num(t.ratio, 2)}: ${mark(t.ratioOk)}`);
    const sameItems = sweepItems(small.first) === sweepItems(large.first);
    if (!t.ratioOk || t.repeatRatio > TARGET_SWEEP_RATIO) {
      console.log(`        ${t.ratioOk ? 'the repeat sweep misses it' : 'missed'} because of the embedded server, not the query: ${int(large.first.reads.queryPages)} query pages returned ${int(sweepItems(large.first))} items at ${int(large.closed)}`);
      console.log(`        (${int(sweepItems(small.first))} at ${int(small.closed)}${sameItems ? ', the same' : ''}), but they and the ${int(large.first.reads.plans)} query-plan requests each walked all ${int(large.documents)} documents instead of ${int(small.documents)}.`);
      console.log('        On Cosmos the sweep reads open referrals by a range on nextDueAt (an index), so its cost follows the open referrals, not the closed ones.');
    }
  }
  console.log(`(section: ${num(s.sec)} s)`);
}
