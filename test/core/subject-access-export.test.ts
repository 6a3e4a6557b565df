import { describe, expect, it } from 'vitest';
import type { ChildFile } from '../../src/core/export/child-file.js';
import { PeopleRegister } from '../../src/core/export/people.js';
import { redactChildFile, redactionId } from '../../src/core/export/redact.js';

function fileWith(account: string, register: (p: PeopleRegister) => void): ChildFile {
  const people = new PeopleRegister('child-1');
  register(people);
  return {
    child: { id: 'child-1', name: 'Amy Smith', givenName: 'Amy', familyName: 'Smith', dateOfBirth: '2018-05-01', upn: 'A1', yearGroup: '3' },
    school: { id: 's', name: 'School' },
    sections: [{ key: 'concerns', title: 'Concerns', entries: [{ recordType: 'concern', recordId: 'c-1', version: 1, title: 'Concern C-1', fields: [{ label: 'What happened', value: account }] }] }],
    people: people.all(),
  };
}
const opts = { salt: 'sar-1', decisions: [], generatedAt: '2026-11-27T10:00:00.000Z', reference: 'S-AAAAAA', purpose: 'Subject access request' };

describe('child file redaction', () => {
  it('replaces other children by full name, first name or surname, in any case, keeping the subject', () => {
    const file = fileWith('Amy said TOM JONES hit her; tom denied it. The Jones twins saw. Tomorrow Amy Smith goes home.', (p) => {
      p.child({ id: 'child-2', givenName: 'Tom', familyName: 'Jones' }, 'alleged-perpetrator');
    });
    const { file: out, redactions } = redactChildFile(file, opts);
    expect(out.sections[0]!.entries[0]!.fields[0]!.value).toBe('Amy said [Child B] hit her; [Child B] denied it. The [Child B] twins saw. Tomorrow Amy Smith goes home.');
    expect(redactions).toEqual([expect.objectContaining({ kind: 'other-child', original: 'Tom Jones', occurrences: 3, redacted: true })]);
    expect(JSON.stringify(out)).not.toMatch(/\bTom\b|Jones/i);
  });

  it("never redacts the subject's own name when a parent shares it, but does redact the parent's full name", () => {
    const file = fileWith('Mrs Smith (Karen Smith) called. Amy Smith was upset.', (p) => p.thirdParty('Karen Smith', 'mother'));
    const { file: out } = redactChildFile(file, opts);
    expect(out.sections[0]!.entries[0]!.fields[0]!.value).toBe('Mrs Smith ([Third party 1]) called. Amy Smith was upset.');
  });

  it('marks each kind with its own marker and letters children in order of appearance', () => {
    const file = fileWith('Bea Low and Cal Ray argued; Jo Bennett (teacher) and Dr Ann Hale (GP) were told.', (p) => {
      p.child({ id: 'c2', givenName: 'Bea', familyName: 'Low' }, 'witness');
      p.child({ id: 'c3', givenName: 'Cal', familyName: 'Ray' }, 'witness');
      p.staff({ oid: '00000000-0000-4000-8000-000000000001', name: 'Jo Bennett' });
      p.thirdParty('Dr Ann Hale', 'GP');
    });
    const { file: out } = redactChildFile(file, opts);
    expect(out.sections[0]!.entries[0]!.fields[0]!.value).toBe('[Child B] and [Child C] argued; [Staff member 1] (teacher) and [Third party 1] (GP) were told.');
  });

  it('releases a name the DSL un-redacted (latest decision wins) and lists it as released', () => {
    const file = fileWith('Jo Bennett spoke to Amy.', (p) => p.staff({ oid: 'oid-1', name: 'Jo Bennett' }));
    const id = redactionId('sar-1', { kind: 'staff', key: 'staff:oid-1' });
    const decide = (redact: boolean, at: string) => ({ redactionId: id, redact, reason: 'Professional capacity', by: { name: 'DSL' }, at });
    const released = redactChildFile(file, { ...opts, decisions: [decide(true, '2026-11-01T00:00:00Z'), decide(false, '2026-11-02T00:00:00Z')] });
    expect(released.file.sections[0]!.entries[0]!.fields[0]!.value).toBe('Jo Bennett spoke to Amy.');
    expect(released.file.redactions).toEqual([expect.objectContaining({ id, redacted: false, original: 'Jo Bennett' })]);
    const kept = redactChildFile(file, opts);
    expect(kept.file.redactions[0]).not.toHaveProperty('original');
  });

  it('gives redaction ids that are stable for a request but differ between requests (not guessable from a name)', () => {
    const p = { kind: 'other-child' as const, key: 'child:c2' };
    expect(redactionId('sar-1', p)).toBe(redactionId('sar-1', p));
    expect(redactionId('sar-1', p)).not.toBe(redactionId('sar-2', p));
    expect(redactionId('sar-1', p)).toMatch(/^rd-[0-9a-f]{16}$/);
  });

  it('does not treat a role-like agency contact as a surname', () => {
    const file = fileWith('Spoke to MASH duty worker. A worker at school helped.', (p) => p.thirdParty('MASH duty worker', 'agency contact', { surnameAlone: false }));
    const { file: out } = redactChildFile(file, opts);
    expect(out.sections[0]!.entries[0]!.fields[0]!.value).toBe('Spoke to [Third party 1]. A worker at school helped.');
  });
});
