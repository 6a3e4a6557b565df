import { describe, expect, it } from 'vitest';
import type { ChildFile } from '../../src/core/export/child-file.js';
import { NameMatcher, nameTerms } from '../../src/core/export/name-matcher.js';
import { redactChildFile } from '../../src/core/export/redact.js';
import { unknownNames } from '../../src/core/export/unknown-names.js';
import { applyWithholdings, WITHHELD_MARKER } from '../../src/core/export/withhold.js';

const mark = (text: string, ...people: [string, { surnameAlone?: boolean; firstNameAlone?: boolean }?][]) =>
  new NameMatcher(people.flatMap(([name, opts]) => nameTerms(name, name, opts))).replace(text, (m) => `[${m.ref}]`);

describe('name matcher', () => {
  it('finds full names in any case, and with a possessive', () => {
    expect(mark("Jo Bennett's bag; JO BENNETT; jo bennett’s coat", ['Jo Bennett'])).toBe("[Jo Bennett]'s bag; [Jo Bennett]; [Jo Bennett]’s coat");
  });

  it('finds a surname with a title, with or without a full stop, as one mention', () => {
    expect(mark('Called PC Patel, then Mrs. Patel and DS Patel.', ['Ravi Patel'])).toBe('Called [Ravi Patel], then [Ravi Patel] and [Ravi Patel].');
  });

  it('does not take a surname alone unless asked', () => {
    expect(mark('Patel rang.', ['Ravi Patel'])).toBe('Patel rang.');
    expect(mark('The Patel family rang.', ['Ravi Patel', { surnameAlone: true }])).toBe('The [Ravi Patel] family rang.');
  });

  it('finds a distinctive first name alone, whole words only', () => {
    expect(mark('Ben said Benjamin and Bentley were there; ben cried.', ['Ben Hughes', { firstNameAlone: true }])).toBe('[Ben Hughes] said Benjamin and Bentley were there; [Ben Hughes] cried.');
  });

  it('does not blanket-redact a first name that is a common word ("Will", "May")', () => {
    const opts = { firstNameAlone: true };
    expect(mark('We will see if you may go. Will you come?', ['Will Carter', opts], ['May Jones', opts])).toBe('We will see if you may go. Will you come?');
    // …but a capitalised mention mid-sentence is the person.
    expect(mark('Spoke to Will and to May at break.', ['Will Carter', opts], ['May Jones', opts])).toBe('Spoke to [Will Carter] and to [May Jones] at break.');
    // …and the full name is always found.
    expect(mark('will carter was upset', ['Will Carter', opts])).toBe('[Will Carter] was upset');
  });

  it('skips names too short to match alone, and terms the subject shares', () => {
    expect(nameTerms('Al Smith', 'x', { firstNameAlone: true }).map((t) => t.text)).not.toContain('Al');
    expect(nameTerms('Sam Okafor', 'x', { surnameAlone: true }, new Set(['okafor'])).map((t) => t.text)).not.toContain('Okafor');
  });

  it('keeps script in text as text', () => {
    expect(mark('<script>alert("Jo Bennett")</script>', ['Jo Bennett'])).toBe('<script>alert("[Jo Bennett]")</script>');
  });
});

describe('unknown names (named-entity pass)', () => {
  it('flags a person no list knows, with its context, and not known ones', () => {
    const found = unknownNames('Amara said her uncle Dwayne Pritchard shouted at Mrs Whitfield.', 'Concerns: What happened', (n) => /Whitfield|Amara/.test(n));
    expect(found.map((f) => f.name)).toEqual(['Dwayne Pritchard']);
    expect(found[0]!.context).toContain('uncle Dwayne Pritchard shouted');
    expect(found[0]!.where).toBe('Concerns: What happened');
  });
});

describe('redaction of a file with free text', () => {
  const file: ChildFile = {
    child: { id: 'c1', name: 'Amara Okafor', givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-01-01', upn: 'X', yearGroup: '5' },
    school: { id: 's', name: 'School' },
    sections: [
      { key: 'concerns', title: 'Concerns', entries: [
        { recordType: 'concern', recordId: 'k1', title: 'Concern', fields: [{ label: 'What happened', value: "Amara said Ben pushed her. Ben's mum Karen rang. Uncle Dwayne Pritchard was there." }] },
        { recordType: 'concern', recordId: 'k2', title: 'Concern', fields: [{ label: 'What happened', value: 'A disclosure about home.' }] },
      ] },
    ],
    people: [
      { kind: 'other-child', key: 'child:c2', name: 'Ben Hughes', aliases: [], surnameAlone: true, firstNameAlone: true, relationship: 'pupil on roll' },
      { kind: 'third-party', key: 'p:karen', name: 'Karen Whitfield', aliases: ['Whitfield'], firstNameAlone: true, relationship: 'mother' },
      { kind: 'other-child', key: 'child:c3', name: 'Zed Nobody', aliases: [], firstNameAlone: true },
    ],
  };

  it('lists every mention with its context, counts them, and flags the unknown name', () => {
    const { file: out, redactions, unknownNames: flagged } = redactChildFile(file, { salt: 's', decisions: [], generatedAt: 'now', reference: 'S-1', purpose: 'SAR' });
    const text = JSON.stringify(out);
    expect(text).not.toMatch(/Ben|Karen/);
    const ben = redactions.find((r) => r.original === 'Ben Hughes')!;
    expect(ben.occurrences).toBe(2);
    expect(ben.mentions!.map((m) => m.where)).toEqual(['Concerns: Concern, What happened', 'Concerns: Concern, What happened']);
    expect(ben.mentions![0]!.context).toContain('Amara said Ben pushed');
    expect(redactions.map((r) => r.original)).not.toContain('Zed Nobody');
    expect(flagged.map((f) => f.name)).toContain('Dwayne Pritchard');
    expect(text).not.toContain('mentions');
  });

  it('withholds a whole entry or a passage with a neutral marker', () => {
    const out = applyWithholdings(file.sections, [{ recordId: 'k2' }, { recordId: 'k1', passage: 'Uncle Dwayne Pritchard was there.' }]);
    const text = JSON.stringify(out);
    expect(text).not.toContain('disclosure about home');
    expect(text).not.toContain('Dwayne');
    expect(text).toContain(WITHHELD_MARKER);
    expect(out[0]!.entries[1]).toMatchObject({ recordId: 'k2', title: WITHHELD_MARKER });
  });
});

describe('name terms', () => {
  it('never takes a title for a first name, and leaves "Title Surname" alone when the surname is the subject\'s', () => {
    const terms = nameTerms('Dr Ann Hale', 'x', { firstNameAlone: true }).map((t) => t.text);
    expect(terms).toContain('Ann Hale');
    expect(terms).toContain('Ann');
    expect(terms).not.toContain('Dr');
    expect(nameTerms('Karen Smith', 'x', {}, new Set(['smith'])).map((t) => t.text)).not.toContain('Mrs Smith');
  });
});
