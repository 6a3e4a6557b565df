/**
 * The API's error messages in the words of the person using the tab. The API
 * names fields by their machine names ("occurredAt: is in the future"); the
 * tab shows "When it happened is in the future". Problem paths themselves stay
 * machine-readable (forms use them to put a message by its field).
 */
const FIELD_WORDS: Record<string, string> = {
  children: 'children',
  child: 'child',
  childId: 'child',
  role: 'role',
  otherPeople: 'other people involved',
  categories: 'categories',
  category: 'category',
  account: 'account',
  occurredAt: 'when it happened',
  location: 'where it happened',
  actionTaken: 'action taken',
  parentsInformed: 'parents informed',
  reason: 'reason',
  informed: 'parents informed',
  alertedStaff: 'staff alerted',
  urgent: 'immediate risk',
  status: 'status',
  triage: 'triage',
  decision: 'decision',
  reasons: 'reasons',
  closure: 'closure',
  actions: 'actions',
  description: 'description',
  assignee: 'who it is for',
  assigneeOid: 'who it is for',
  dueDate: 'due date',
  documents: 'documents',
  bodyMap: 'body map',
  agency: 'agency',
  madeAt: 'when the referral was made',
  method: 'how',
  reference: 'reference',
  concernId: 'concern',
  actionId: 'action',
  requesterToldOn: 'the date the requester was told',
  receivedOn: 'the date it was received',
  checkedOn: 'the date identity was checked',
  identity: 'identity check',
  from: 'from date',
  to: 'to date',
  on: 'date',
  startDate: 'start date',
  endDate: 'end date',
  cpCategory: 'child protection category',
  upn: 'UPN',
  oid: 'person',
  recordId: 'record',
  withholdingId: 'withheld item',
  passage: 'passage',
  staffGroups: 'staff groups',
  dslGroups: 'DSL groups',
  adminGroups: 'admin groups',
  escalationGroups: 'escalation groups',
  categoryReaders: 'category readers',
  groupId: 'group',
  terms: 'terms',
  closures: 'closure days',
  endOfDay: 'end of the school day',
  defaultYears: 'default years',
  note: 'note',
  text: 'text',
  name: 'name',
  relationship: 'relationship',
  part: 'part in the incident',
  '(body)': 'the form',
};

const SINGULAR: Record<string, string> = {
  children: 'child',
  categories: 'category',
  actions: 'action',
  otherPeople: 'person',
  documents: 'document',
  alertedStaff: 'colleague',
  terms: 'term',
  closures: 'closure day',
  categoryReaders: 'category reader',
};

/** "requesterToldOn" → "requester told on": a name no one has a word for, still in words. */
const spaced = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();

/** A problem path in words: "occurredAt" → "when it happened", "children.1.role" → "role (child 2)", "categories.0" → "category 1". */
export function fieldWords(path: string): string {
  const parts = path.split('.').filter(Boolean);
  const isIndex = (p: string) => /^\d+$/.test(p);
  const item = (i: number) => `${SINGULAR[parts[i - 1] ?? ''] ?? 'item'} ${Number(parts[i]) + 1}`;
  const last = parts.length - 1;
  if (last > 0 && isIndex(parts[last]!)) return item(last);
  const name = parts[last] ?? path;
  const words = FIELD_WORDS[name] ?? spaced(name);
  const where = parts.flatMap((p, i) => (i > 0 && isIndex(p) ? [item(i)] : []));
  return where.length ? `${words} (${where.join(', ')})` : words;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Messages that read on from the field's name: "is in the future", "must be …". */
const READS_ON = /^(is|are|must|cannot|can|may|has|have|was|were|does|do|should|needs?|already|only|too)\b/;

/** One field's problem as a sentence: "When it happened is in the future". */
export function problemWords(p: { path: string; message: string }): string {
  const field = capital(fieldWords(p.path));
  return READS_ON.test(p.message) ? `${field} ${p.message}` : `${field}: ${p.message}`;
}

const WHAT: Record<string, string> = { body: 'What you entered', query: 'The search or filter' };

/** An API message with its field names in words; messages without them are returned as they are. */
export function messageInWords(message: string): string {
  return message
    .replace(/^The (body|query) is not valid — /, (_, what: string) => `${WHAT[what]} needs a change — `)
    .replace(/(^|— )(\(body\)|[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)*): ([^.]+)/, (_, lead: string, path: string, rest: string) => {
      const sentence = problemWords({ path, message: rest });
      return lead && !/^.[A-Z]/.test(sentence) ? `${lead}${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : `${lead}${sentence}`;
    });
}
