import { describe, expect, it } from 'vitest';
import { auditSentence, AUDIT_ACTION_CHOICES } from '../../src/tab/format/audit-labels.js';
import { fieldWords, messageInWords } from '../../src/tab/format/error-words.js';

/** Dotted action ids and lower-case-with-hyphens state ids, as the browser sweep finds them (test/e2e/tab-sweep.test.ts). */
const internalCodes = (text: string) => [
  ...text.matchAll(/(?<![\w@/.-])[a-z]+(?:-[a-z]+)+(?![\w@/-])/g),
  ...text.matchAll(/(?<![\w@/.-])[a-z][a-zA-Z]+(?:\.[a-z][a-zA-Z]+)+(?![\w@/])/g),
].map((m) => m[0]).filter((m) => !['follow-up', 'e.g', 'i.e'].includes(m));

const row = { oid: 'o-2', name: 'Alex Morgan', action: 'concern.read', recordType: 'concern', recordId: 'c-1', recordRef: 'C-7K3QF9', outcome: 'success' };

describe('words for developer codes', () => {
  it('says what happened in the audit trail as a sentence', () => {
    expect(auditSentence(row, 'o-1')).toBe('Alex Morgan viewed concern C-7K3QF9');
    expect(auditSentence({ ...row, outcome: 'denied', name: 'Jo Bennett' }, 'o-1')).toBe('Jo Bennett tried to view concern C-7K3QF9 and was refused');
    expect(auditSentence({ ...row, oid: 'o-1' }, 'o-1')).toBe('You viewed concern C-7K3QF9');
    expect(auditSentence({ ...row, name: undefined }, 'o-1')).toBe('Someone the directory does not know viewed concern C-7K3QF9');
  });

  it('has no code left in any audit sentence or filter choice, even for an action it has no words for', () => {
    const actions = [...AUDIT_ACTION_CHOICES.map((a) => a.value), 'report.parental-notification', 'future.someNew-thing.queued'];
    for (const action of actions) {
      for (const outcome of ['success', 'denied', 'failed']) expect(internalCodes(auditSentence({ ...row, action, outcome, recordType: 'somethingNew', recordRef: undefined }, 'o-1'))).toEqual([]);
    }
    expect(internalCodes(AUDIT_ACTION_CHOICES.map((a) => a.label).join('\n'))).toEqual([]);
  });

  it("puts the API's field names in words", () => {
    expect(fieldWords('children.1.role')).toBe('role (child 2)');
    expect(messageInWords('The body is not valid — occurredAt: is in the future; give the date and time the event happened.')).toBe(
      'What you entered needs a change — when it happened is in the future; give the date and time the event happened.',
    );
    expect(messageInWords('requesterToldOn: cannot be in the future.')).toBe('The date the requester was told cannot be in the future.');
    expect(messageInWords('Only a DSL can do this.')).toBe('Only a DSL can do this.');
  });
});
