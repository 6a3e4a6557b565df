import { audit } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { rendererOf } from '../usecases/build-subject-access-export.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { chronologyDocument } from './chronology-document.js';
import { buildChronology, readableChild } from './get-child-chronology.js';
import { chronologyQuerySchema } from './query.js';

/**
 * The filtered chronology as a PDF for a case conference, court or Ofsted:
 * the same entries the reader sees on the page, marked OFFICIAL-SENSITIVE and
 * numbered on every page. Audited as an export.
 */
export async function exportChildChronology(deps: Deps, ctx: RequestContext, childId: string, rawQuery: unknown) {
  const q = parseInput(chronologyQuerySchema, rawQuery, 'query');
  const child = await readableChild(deps, ctx, childId, 'chronology.export');
  const renderer = rendererOf(deps);
  const chronology = await buildChronology(deps, ctx, child, q);
  const now = deps.clock();
  const doc = chronologyDocument({
    school: ctx.school,
    child,
    showDetails: allow(ctx.actor, 'seeChildDetails'),
    printedBy: ctx.actor.name,
    now,
    query: q,
    kinds: chronology.kinds,
    entries: chronology.entries,
  });
  await audit(deps, ctx, { action: 'chronology.export', recordType: 'child', recordId: childId, outcome: 'success' });
  return { fileName: `chronology-${localDate(now, ctx.school.timeZone)}.pdf`, contentType: renderer.contentType, body: renderer.renderChronology(doc) };
}
