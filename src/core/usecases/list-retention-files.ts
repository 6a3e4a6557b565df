import { audit } from '../audit/audit-writer.js';
import { dueForReview } from '../model/retention-file.js';
import { parseInput } from '../validation/parse.js';
import { retentionListQuerySchema } from '../validation/retention-input.js';
import type { Deps, RequestContext } from './context.js';
import { requireRecordsAbility } from './records-guard.js';
import { fileView, loadFiles, schoolToday } from './retention-files.js';

const FACTS = { action: 'retention.list', recordType: 'retention', recordId: '*' } as const;

/**
 * The retention review queue: closed files whose review date has passed, not
 * on legal hold, oldest review date first; unfinished deletions come first.
 * `view=all` lists every file (open, on hold, deleted) by review date. DSLs only.
 */
export async function listRetentionFiles(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(retentionListQuerySchema, rawQuery, 'query');
  await requireRecordsAbility(deps, ctx, 'reviewRetention', FACTS, 'Only a DSL can review child protection files for retention.');
  const files = await loadFiles(deps, ctx);
  await audit(deps, ctx, { ...FACTS, outcome: 'success' });
  const today = schoolToday(deps, ctx);
  const unfinished = files.filter((f) => f.tombstone?.status === 'deleting');
  const listed =
    q.view === 'due'
      ? [...unfinished, ...dueForReview(files, today).filter((f) => !f.tombstone)]
      : [...files].sort((a, b) => a.file.reviewDate.localeCompare(b.file.reviewDate) || a.child.id.localeCompare(b.child.id));
  return { today, items: listed.map((f) => fileView(f, today)) };
}
