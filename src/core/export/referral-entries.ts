import { agencyName } from '../model/agency-timescales.js';
import type { Referral } from '../model/referral.js';
import type { FileEntry, FileField } from './child-file.js';
import type { PeopleRegister } from './people.js';

/** One referral as a file entry: agency, milestones, the contact log and the outcome. */
export function referralEntry(r: Referral, people: PeopleRegister): FileEntry {
  const fields: FileField[] = [
    { label: 'Agency', value: agencyName(r.agency) },
    { label: 'Made', value: `${r.madeAt} by ${people.staff(r.madeBy)} (${r.method})` },
    ...(r.reference ? [{ label: 'Agency reference', value: r.reference }] : []),
    { label: 'Status', value: r.status },
    ...r.milestones.map((m) => ({
      label: `Milestone: ${m.label}`,
      value: m.doneAt ? `done ${m.doneAt}${m.doneBy ? ` (${people.staff(m.doneBy)})` : ''}` : m.dueAt ? `due ${m.dueAt}` : 'not yet started',
    })),
    ...r.contacts.map((c) => ({
      label: `Contact ${c.at}`,
      value: `${c.direction} ${c.method}, ${c.whoName ? `${people.thirdParty(c.whoName, 'agency contact', { firstNameAlone: true, category: 'professional' })}${c.whoRole ? `, ${c.whoRole}` : ''}` : people.thirdParty(c.who, 'agency contact', { surnameAlone: false, category: 'professional' })}: ${c.summary}${c.nextChaseDate ? ` (chase ${c.nextChaseDate})` : ''} — ${people.staff(c.recordedBy)}`,
    })),
    ...(r.outcome ? [{ label: 'Outcome', value: r.outcome }] : []),
  ];
  return { recordType: 'referral', recordId: r.id, version: r.version, title: `Referral ${r.ref}`, at: r.madeAt, fields };
}
