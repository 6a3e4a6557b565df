import { fileRecordIds, type RedactedChildFile, type Redaction } from '../export/child-file.js';
import { chronologySections } from '../export/chronology-sections.js';
import { gatherChildFile, type ChildFileContributor } from '../export/gather-child-file.js';
import { redactChildFile } from '../export/redact.js';
import { LanternError } from '../errors.js';
import type { SubjectAccessRequest, Withholding } from '../model/subject-access.js';
import { effectiveDisclosureDefaults, type DisclosureDefaults, type PersonKind } from '../model/disclosure-defaults.js';
import { staffDirectory } from '../export/staff-directory.js';
import type { UnknownName } from '../export/unknown-names.js';
import type { DocumentRenderer } from '../ports/document-renderer.js';
import type { Deps, RequestContext } from './context.js';

export { exportJson, renderedHash, sha256Hex } from '../export/export-files.js';

export const SAR_PURPOSE = 'Subject access request';

/** Sections other modules add to every subject access export (e.g. transfers); empty by default. */
export const subjectAccessContributors: ChildFileContributor[] = [];

/** The withholdings in force at `asOf`. */
export const activeWithholdings = (sar: SubjectAccessRequest, asOf: string): Withholding[] =>
  (sar.withholdings ?? []).filter((w) => w.at <= asOf && !(w.liftedAt && w.liftedAt <= asOf));

export interface SubjectAccessExport {
  file: RedactedChildFile;
  redactions: Redaction[];
  /** Person names the named-entity pass found that no list knows: flagged for the DSL. */
  unknownNames: UnknownName[];
  withholdings: Withholding[];
  recordIds: string[];
  /** The school's defaults this build applied. */
  defaults: DisclosureDefaults;
}

/**
 * The request's child's file, redacted by default, with the DSL's review
 * decisions made up to `asOf` applied, dated `asOf`. The same records and
 * decisions always give the same file (and so the same hashes).
 */
export async function buildSubjectAccessExport(deps: Deps, ctx: RequestContext, sar: SubjectAccessRequest, asOf: string): Promise<SubjectAccessExport> {
  const [raw, school] = await Promise.all([
    gatherChildFile(deps.store, ctx.school, sar.childId, [chronologySections(deps, ctx), ...subjectAccessContributors, staffDirectory(deps, ctx)]),
    deps.store.access.get(ctx.school.id),
  ]);
  if (!raw) throw new LanternError('invalid_state', "This request's child is no longer in the roster, so there is nothing to export.");
  const decisions = sar.redactionDecisions.filter((d) => d.at <= asOf);
  const withholdings = activeWithholdings(sar, asOf);
  const inFile = new Set(raw.sections.flatMap((s) => s.entries.map((e) => e.recordId)));
  // The school's defaults as they are now (a change is seen at once, not when the cached school refreshes).
  const defaults = effectiveDisclosureDefaults(school?.value ?? ctx.school);
  const kindDefaults = Object.fromEntries(Object.entries(defaults).map(([k, c]) => [k, c === 'redact'])) as Record<PersonKind, boolean>;
  const { file, redactions, unknownNames } = redactChildFile(raw, { salt: sar.id, decisions, withholdings, kindDefaults, generatedAt: asOf, reference: sar.ref, purpose: SAR_PURPOSE });
  return { file, redactions, unknownNames, withholdings: withholdings.filter((w) => inFile.has(w.recordId)), recordIds: fileRecordIds(raw), defaults };
}

export function rendererOf(deps: Deps): DocumentRenderer {
  if (!deps.documents) throw new LanternError('internal', 'No document renderer is configured.');
  return deps.documents;
}
