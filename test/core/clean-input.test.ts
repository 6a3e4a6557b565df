import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { escapeMarkdown } from '../../src/bot/cards/markdown.js';
import { factSet, paragraph } from '../../src/bot/cards/adaptive.js';
import { accessConfigUpdateSchema } from '../../src/core/validation/access-input.js';
import { parseRosterCsv } from '../../src/core/validation/roster-csv.js';
import { cleanName, isoDate, isoDateTime, nameText, text } from '../../src/core/validation/text.js';

const RLO = '\u202E';
const hidden = ['\u202A', '\u202B', '\u202C', '\u202D', RLO, '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

describe('names lose invisible direction and zero-width characters', () => {
  it.each(hidden.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase()}`, c]))('%s is removed from a name', (_code, c) => {
    expect(cleanName(`Ali${c}ce`)).toBe('Alice');
    expect(nameText(100).parse(`  Ali${c}ce Smith `)).toBe('Alice Smith');
  });

  it('a right-to-left override cannot make a stored name read differently on screen', () => {
    expect(nameText(100).parse(`Alex ${RLO}LSD${'\u202C'}`)).toBe('Alex LSD');
  });

  it('a name made only of invisible characters is refused as empty', () => {
    expect(nameText(100).safeParse('\u200B\u202E').success).toBe(false);
  });

  it('roster names are cleaned the same way', () => {
    const r = parseRosterCsv(`UPN,Forename,Surname,DOB,Year\nA123456789012,Am${RLO}ara,Oka\u200Bfor,2017-05-01,4\n`, '2026-11-27');
    expect(r.rows[0]).toMatchObject({ givenName: 'Amara', familyName: 'Okafor' });
  });

  it('group labels in the access configuration are cleaned', () => {
    const r = accessConfigUpdateSchema.parse({ categoryReaders: [{ groupId: '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4b05', label: `SEND${'\u2067'} readers`, categories: ['send'] }] });
    expect(r.categoryReaders![0]!.label).toBe('SEND readers');
  });
});

describe('text is whole characters', () => {
  it('refuses a lone high or low surrogate anywhere in free text', () => {
    expect(text(100).safeParse('abc\uD800').success).toBe(false);
    expect(text(100).safeParse('\uDC00abc').success).toBe(false);
    expect(text(100).safeParse('x\uD83Dy').success).toBe(false);
  });

  it('keeps real surrogate pairs (emoji, supplementary scripts)', () => {
    expect(text(100).parse('sad face 😢 𠜎')).toBe('sad face 😢 𠜎');
  });
});

describe('dates within sane bounds', () => {
  const ok = (s: z.ZodType, v: string) => s.safeParse(v).success;
  it('refuses year 0000 and anything before 1900', () => {
    expect(ok(isoDateTime, '0000-01-01T00:00:00Z')).toBe(false);
    expect(ok(isoDateTime, '1899-12-31T12:00:00Z')).toBe(false);
    expect(ok(isoDate, '0000-01-01')).toBe(false);
    expect(ok(isoDate, '1899-12-31')).toBe(false);
  });

  it('refuses a far-future year typed by mistake', () => {
    expect(ok(isoDateTime, '9999-01-01T00:00:00Z')).toBe(false);
    expect(ok(isoDate, '2201-01-01')).toBe(false);
  });

  it('accepts ordinary dates', () => {
    expect(ok(isoDateTime, '2026-11-27T10:15:00+01:00')).toBe(true);
    expect(ok(isoDate, '1900-01-01')).toBe(true);
  });
});

describe('card text shows Markdown literally', () => {
  it('a planted link, emphasis and a heading are escaped', () => {
    expect(escapeMarkdown('[Alex](https://evil.example) **now** # big')).toBe('\\[Alex\\](https://evil.example) \\*\\*now\\*\\* \\# big');
  });

  it('list markers at the start of a line are escaped, ordinary hyphens are not', () => {
    expect(escapeMarkdown('- one\n2. two\nwell-known')).toBe('\\- one\n2\\. two\nwell-known');
  });

  it('FactSet values and TextBlocks built for cards go through the escape', () => {
    expect(factSet([{ title: 'Alerted', value: '[DSL](https://x.example)' }]).facts[0]!.value).toBe('\\[DSL\\](https://x.example)');
    expect(paragraph('_hi_').text).toBe('\\_hi\\_');
  });
});
