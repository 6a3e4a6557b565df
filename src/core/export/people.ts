import type { Child } from '../model/child.js';
import { kindOfAdult, type PersonKind } from '../model/disclosure-defaults.js';
import type { PersonRef } from '../model/ids.js';
import type { FilePerson } from './child-file.js';

/** Collects the people a file mentions, once each, in the order they first appear. */
export class PeopleRegister {
  private readonly byKey = new Map<string, FilePerson>();

  constructor(private readonly subjectId: string) {}

  /** A member of staff, by their Entra object id. Returns their name for the text. */
  staff(p: PersonRef | undefined): string {
    if (!p) return '';
    this.add({ kind: 'staff', category: 'staff', key: `staff:${p.oid}`, name: p.name, aliases: familyName(p.name), relationship: 'member of staff' });
    return p.name;
  }

  /**
   * A member of staff from the school's directory, who may be named in free
   * text without authoring anything ("Mrs Shah", "Priya Shah"): full name and
   * title with surname, not the surname or first name alone (too many false hits
   * across a whole staff list). Someone the records already name keeps that entry.
   */
  directoryStaff(p: PersonRef): void {
    if (!p.name.trim()) return;
    this.add({ kind: 'staff', category: 'staff', key: `staff:${p.oid}`, name: p.name.trim(), aliases: [], relationship: 'member of staff' });
  }

  /** Another child named on a record (never the subject). */
  child(c: Pick<Child, 'id' | 'givenName' | 'familyName'>, role: string): string {
    const name = `${c.givenName} ${c.familyName}`;
    if (c.id === this.subjectId) return name;
    this.add({ kind: 'other-child', category: 'other-child', key: `child:${c.id}`, name, aliases: [], relationship: role, surnameAlone: true, firstNameAlone: true });
    return name;
  }

  /** Someone outside the school: a parent/carer, another adult, an agency contact (whose "name" is often a role: no surname alias). */
  thirdParty(name: string, relationship: string, opts: { surnameAlone?: boolean; firstNameAlone?: boolean; category?: PersonKind; parentalResponsibility?: boolean } = {}): string {
    const trimmed = name.trim();
    if (!trimmed) return '';
    const aliases = opts.surnameAlone === false ? [] : familyName(trimmed);
    const category = opts.category ?? kindOfAdult(relationship, { parentalResponsibility: opts.parentalResponsibility });
    this.add({ kind: 'third-party', category, key: `person:${trimmed.toLowerCase()}|${relationship.trim().toLowerCase()}`, name: trimmed, aliases, relationship, ...(opts.firstNameAlone ? { firstNameAlone: true } : {}) });
    return trimmed;
  }

  all(): FilePerson[] {
    return [...this.byKey.values()];
  }

  private add(p: FilePerson) {
    if (!this.byKey.has(p.key)) this.byKey.set(p.key, p);
  }
}

/** "Jo Bennett" → ["Bennett"]; a one-word name has no separate alias. */
function familyName(name: string): string[] {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? [words.at(-1)!] : [];
}
