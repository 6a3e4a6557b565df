import type { PersonKind } from '../model/disclosure-defaults.js';

/**
 * A child's file as Lantern exports it (subject access, transfer to a new
 * school): sections of entries, each entry one record (or one version of it)
 * as labelled text fields. Renderers (PDF, JSON) work from this one shape, so
 * both files always hold the same thing.
 */
export interface FileField {
  label: string;
  value: string;
}

export interface FileEntry {
  recordType: string;
  recordId: string;
  /** The record's version at export time, when it is versioned. */
  version?: number;
  title: string;
  /** ISO instant the entry is dated by (chronological order within a section). */
  at?: string;
  fields: FileField[];
}

export interface FileSection {
  key: string;
  title: string;
  entries: FileEntry[];
}

export type RedactionKind = 'other-child' | 'third-party' | 'staff';

/**
 * Someone other than the child who appears in the file. Their name (and
 * `aliases`, e.g. a first name on its own) is what redaction looks for in
 * every field; `key` identifies them stably (a child id, a staff oid, or a
 * third party's name and relationship).
 */
export interface FilePerson {
  kind: RedactionKind;
  /** Which school-set default applies (other child, parent or carer, relative, professional, staff, …); absent = from `kind`. */
  category?: PersonKind;
  key: string;
  name: string;
  aliases: string[];
  /** e.g. "mother", "class teacher", "alleged perpetrator" — shown to the DSL reviewing, never released when redacted. */
  relationship?: string;
  /** Also match the surname alone / the first name alone (when distinctive) in free text. */
  surnameAlone?: boolean;
  firstNameAlone?: boolean;
}

export interface ChildFile {
  child: { id: string; name: string; givenName: string; familyName: string; dateOfBirth: string; upn: string; yearGroup: string };
  school: { id: string; name: string };
  sections: FileSection[];
  people: FilePerson[];
}

/** One proposed or decided redaction: every occurrence of one person in the file. */
export interface Redaction {
  id: string;
  kind: RedactionKind;
  /** The kind of person, whose school-set default applies until the DSL decides (for the reviewing DSL). */
  category: PersonKind;
  /** What stands in the released files, e.g. "[Child B]". */
  replacement: string;
  /** The name being withheld (shown to the reviewing DSL only; absent from released files while redacted). */
  original: string;
  relationship?: string;
  occurrences: number;
  redacted: boolean;
  decision?: { redact: boolean; reason: string; by: string; at: string };
  /** Every place the name was found, in words, with the text around it: for the reviewing DSL only. */
  mentions?: { where: string; context: string }[];
}

/** The file after redaction: what the PDF and the JSON are both made from. */
export interface RedactedChildFile {
  format: 'lantern-child-file/1';
  purpose: string;
  reference: string;
  generatedAt: string;
  child: ChildFile['child'];
  school: { name: string };
  sections: FileSection[];
  /** The redactions, as released: kind and replacement; the original only where the DSL released it. */
  redactions: { id: string; kind: RedactionKind; replacement: string; redacted: boolean; original?: string; occurrences: number }[];
}

/** `type:id@version` for each record in the file: what an audit of the release lists. */
export const fileRecordIds = (file: Pick<ChildFile, 'sections'>) => [
  ...new Set(file.sections.flatMap((s) => s.entries.map((e) => `${e.recordType}:${e.recordId}${e.version ? `@${e.version}` : ''}`))),
];
