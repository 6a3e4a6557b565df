/**
 * The audit trail in words: "Alex Morgan viewed concern C-7K3QF9", not
 * `concern.read`. The API keeps its machine names (filters and the auditor's
 * CSV use them); this is how the tab reads them out. `{record}` is where the
 * record goes ("concern C-7K3QF9", "Ben Jones's file"); the first phrase is
 * what the person did, the second what they tried to do when refused.
 */
type Phrase = readonly [did: string, tryTo: string];

const ACTIONS: Record<string, Phrase> = {
  'concern.create': ['logged {record}', 'log a concern'],
  'concern.create.replayed': ['sent {record} again (already logged)', 'send a concern again'],
  'concern.read': ['viewed {record}', 'view {record}'],
  'concern.list': ['listed concerns', 'list concerns'],
  'concern.list.mine': ['listed the concerns they logged', 'list the concerns they logged'],
  'concern.list.myActions': ['listed their actions', 'list their actions'],
  'concern.edit': ['changed {record}', 'change {record}'],
  'concern.triage': ['triaged {record}', 'triage {record}'],
  'concern.close': ['closed {record}', 'close {record}'],
  'concern.addAction': ['added an action to {record}', 'add an action to {record}'],
  'concern.assignAction': ['gave an action on {record} to a colleague', 'give an action on {record} to a colleague'],
  'concern.completeAction': ['marked an action on {record} done', 'mark an action on {record} done'],
  'concern.reassign': ['passed on an action on {record}', 'pass on an action on {record}'],
  'concern.parentalNotification': ['recorded whether parents were told about {record}', 'record whether parents were told about {record}'],
  'concern.attachDocument': ['attached a document to {record}', 'attach a document to {record}'],
  'concern.document.view': ['viewed a document on {record}', 'view a document on {record}'],
  'concern.document.download': ['downloaded a document from {record}', 'download a document from {record}'],
  'concern.withdrawAlert': ['withdrew an alert about {record}', 'withdraw an alert about {record}'],
  'concern.bodyMap': ['changed the body map of {record}', 'change the body map of {record}'],
  'chronology.read': ['viewed the chronology of {record}', 'view the chronology of {record}'],
  'chronology.export': ['printed the chronology of {record}', 'print the chronology of {record}'],
  'child.list': ['listed the children', 'list the children'],
  'caseNote.create': ['added a case note to {record}', 'add a case note to {record}'],
  'caseNote.list': ['read the case notes of {record}', 'read the case notes of {record}'],
  'caseNote.edit': ['changed a case note on {record}', 'change a case note on {record}'],
  'caseNote.completeFollowUp': ['marked a case note follow-up done on {record}', 'mark a case note follow-up done on {record}'],
  'statusFlag.set': ['set a status on {record}', 'set a status on {record}'],
  'statusFlag.end': ['ended a status on {record}', 'end a status on {record}'],
  'statusFlag.edit': ['changed a status on {record}', 'change a status on {record}'],
  'statusFlag.list': ['read the statuses of {record}', 'read the statuses of {record}'],
  'family.read': ['viewed the family of {record}', 'view the family of {record}'],
  'family.view': ['viewed the family of {record}', 'view the family of {record}'],
  'familyLink.create': ['linked a family member to {record}', 'link a family member to {record}'],
  'familyLink.remove': ['removed a family link from {record}', 'remove a family link from {record}'],
  'familyLink.restore': ['restored a family link on {record}', 'restore a family link on {record}'],
  'childAdult.create': ['added an adult to {record}', 'add an adult to {record}'],
  'referral.create': ['recorded {record}', 'record a referral'],
  'referral.read': ['viewed {record}', 'view {record}'],
  'referral.list': ['listed referrals', 'list referrals'],
  'referral.addContact': ['recorded a contact on {record}', 'record a contact on {record}'],
  'referral.recordMilestone': ['recorded a step on {record}', 'record a step on {record}'],
  'referral.recordChase': ['recorded a chase on {record}', 'record a chase on {record}'],
  'referral.edit': ['changed {record}', 'change {record}'],
  'referral.close': ['closed {record}', 'close {record}'],
  'referralSettings.read': ['viewed the referral timescales', 'view the referral timescales'],
  'referralSettings.update': ['changed the referral timescales', 'change the referral timescales'],
  'subjectAccess.create': ['recorded {record}', 'record a subject access request'],
  'subjectAccess.read': ['viewed {record}', 'view {record}'],
  'subjectAccess.list': ['listed subject access requests', 'list subject access requests'],
  'subjectAccess.preview': ['previewed the release of {record}', 'preview the release of {record}'],
  'subjectAccess.release': ['released the files for {record}', 'release the files for {record}'],
  'subjectAccess.release.queued': ['asked for the files for {record} to be prepared', 'prepare the files for {record}'],
  'subjectAccess.download': ['downloaded the files for {record}', 'download the files for {record}'],
  'subjectAccess.download.json': ['downloaded the data file for {record}', 'download the data file for {record}'],
  'subjectAccess.download.pdf': ['downloaded the PDF for {record}', 'download the PDF for {record}'],
  'subjectAccess.recordIdentity': ['recorded the identity check for {record}', 'record the identity check for {record}'],
  'subjectAccess.extend': ['extended the deadline of {record}', 'extend the deadline of {record}'],
  'subjectAccess.pauseClock': ['paused the clock on {record}', 'pause the clock on {record}'],
  'subjectAccess.resumeClock': ['restarted the clock on {record}', 'restart the clock on {record}'],
  'subjectAccess.withhold': ['withheld a record from {record}', 'withhold a record from {record}'],
  'subjectAccess.liftWithholding': ['stopped withholding a record from {record}', 'stop withholding a record from {record}'],
  'subjectAccess.reviewRedaction': ['reviewed the redaction of {record}', 'review the redaction of {record}'],
  'subjectAccess.withdraw': ['recorded that {record} was withdrawn', 'withdraw {record}'],
  'subjectAccess.close': ['closed {record}', 'close {record}'],
  'transfer.create': ['started {record}', 'start a transfer'],
  'transfer.read': ['viewed {record}', 'view {record}'],
  'transfer.list': ['listed transfers', 'list transfers'],
  'transfer.buildPack': ['built the file for {record}', 'build the file for {record}'],
  'transfer.recordSent': ['recorded that {record} was sent', 'record that {record} was sent'],
  'transfer.confirmReceipt': ['recorded that {record} was received', 'record that {record} was received'],
  'transfer.cancel': ['cancelled {record}', 'cancel {record}'],
  'transfer.import': ['imported a child protection file from another school', 'import a file from another school'],
  'retention.list': ['listed files due for review', 'list files due for review'],
  'retention.read': ['viewed {record}', 'view {record}'],
  'retention.hold': ['changed the legal hold on {record}', 'change the legal hold on {record}'],
  'retention.hold.set': ['put {record} on legal hold', 'put {record} on legal hold'],
  'retention.hold.release': ['lifted the legal hold on {record}', 'lift the legal hold on {record}'],
  'retention.delete': ['deleted {record}', 'delete {record}'],
  'retention.delete.start': ['started deleting {record}', 'delete {record}'],
  'retention.delete.complete': ['finished deleting {record}', 'delete {record}'],
  'retention.settings.read': ['viewed the retention periods', 'view the retention periods'],
  'retention.settings.update': ['changed the retention periods', 'change the retention periods'],
  'access.read': ['viewed the access settings', 'view the access settings'],
  'access.update': ['changed the access settings', 'change the access settings'],
  'access.propose': ['asked for a change to the access settings', 'ask for a change to the access settings'],
  'access.approve': ['approved a change to the access settings', 'approve a change to the access settings'],
  'access.reject': ['turned down a change to the access settings', 'turn down a change to the access settings'],
  'access.report': ['read the access report', 'read the access report'],
  'access.searchGroups': ['searched the directory for groups', 'search the directory for groups'],
  'access.denied': ['was refused entry to Lantern', 'use Lantern'],
  'audit.list': ['read the audit trail', 'read the audit trail'],
  'audit.export': ['downloaded the audit trail', 'download the audit trail'],
  'calendar.read': ['viewed the school calendar', 'view the school calendar'],
  'calendar.update': ['changed the school calendar', 'change the school calendar'],
  'categories.read': ['viewed the categories', 'view the categories'],
  'categories.update': ['changed the categories', 'change the categories'],
  'dashboard.read': ['opened the dashboard', 'open the dashboard'],
  'report.parental-notification': ['read the list of concerns where parents were not informed', 'read the list of concerns where parents were not informed'],
  'alert.list': ['read their alerts', 'read their alerts'],
  'alert.deliver': ['was sent an alert about {record}', 'be sent an alert'],
  'staff.search': ['looked up staff', 'look up staff'],
  'roster.import': ['imported the pupil list', 'import the pupil list'],
  'roster.preview': ['checked a pupil list before importing it', 'check a pupil list'],
  'roster.sync': ['updated the pupil list from School Data Sync', 'update the pupil list'],
  'school.bootstrap': ['set up the school in Lantern', 'set up the school'],
  'exportJob.read': ['checked on a file being prepared', 'check on a file being prepared'],
};

/** Record types as people name them, when a row has no reference to show. */
const RECORD_WORDS: Record<string, string> = {
  concern: 'a concern',
  referral: 'a referral',
  subjectAccessRequest: 'a subject access request',
  transfer: 'a transfer',
  transferIn: 'a file from another school',
  receivedPack: 'a file from another school',
  child: 'a child',
  caseNote: 'a case note',
  statusFlag: 'a status',
  familyLink: 'a family link',
  childAdult: 'an adult in a family',
  retention: 'a child protection file',
  accessConfig: 'the access settings',
  school: 'the school settings',
  alert: 'an alert',
  exportJob: 'a file being prepared',
};
/** Where a reference reads best after a noun: "concern C-7K3QF9". */
const REF_NOUNS: Record<string, string> = { concern: 'concern', referral: 'referral', subjectAccessRequest: 'subject access request', transfer: 'transfer' };

/** "requesterToldOn" → "requester told on". */
const spaced = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();

export interface AuditRowWords {
  oid: string;
  name?: string;
  action: string;
  recordType: string;
  recordId: string;
  recordRef?: string;
  outcome: string;
}

/** The record a row is about, in words: "concern C-7K3QF9", "Ben Jones", "a child". */
export function recordWords(row: Pick<AuditRowWords, 'recordType' | 'recordRef'>): string {
  if (row.recordRef) return REF_NOUNS[row.recordType] ? `${REF_NOUNS[row.recordType]} ${row.recordRef}` : row.recordRef;
  return RECORD_WORDS[row.recordType] ?? `a ${spaced(row.recordType)}`;
}

/** An action Lantern has no words for yet, still without dots: "concern.withdrawAlert" → "concern: withdraw alert". */
const fallback = (action: string): Phrase => {
  const [first = '', ...rest] = action.split('.');
  const what = rest.length ? `${spaced(first)}: ${rest.map(spaced).join(', ')}` : spaced(first);
  return [`did this (${what}) on {record}`, `do this (${what}) on {record}`];
};

export const actionPhrase = (action: string): Phrase => ACTIONS[action] ?? fallback(action);

/** Who did it: "You", their name, or that the directory does not know them. */
export function personWords(row: Pick<AuditRowWords, 'oid' | 'name'>, myOid: string): string {
  if (row.oid.toLowerCase() === myOid.toLowerCase()) return 'You';
  return row.name ?? 'Someone the directory does not know';
}

/** One row as a sentence: "Alex Morgan viewed concern C-7K3QF9"; "Jo Bennett tried to view concern C-7K3QF9 and was refused". */
export function auditSentence(row: AuditRowWords, myOid: string): string {
  const [did, tryTo] = actionPhrase(row.action);
  const record = recordWords(row);
  const who = personWords(row, myOid);
  if (row.outcome === 'denied') return `${who} tried to ${tryTo.replace('{record}', record)} and was refused`;
  if (row.outcome === 'failed') return `${who} tried to ${tryTo.replace('{record}', record)}, which was not there`;
  return `${who} ${did.replace('{record}', record)}`;
}

/** Actions to filter by, in words ("View a concern"), with the API's names as values. */
export const AUDIT_ACTION_CHOICES: { value: string; label: string }[] = Object.entries(ACTIONS)
  .map(([value, [, tryTo]]) => {
    const type = value.startsWith('subjectAccess') ? 'subjectAccessRequest' : value.startsWith('chronology') || value.startsWith('family') || value.startsWith('statusFlag') || value.startsWith('caseNote') ? 'child' : value.split('.')[0]!;
    const words = tryTo.replace('{record}', RECORD_WORDS[type] ?? 'a record');
    return { value, label: words.charAt(0).toUpperCase() + words.slice(1) };
  })
  .sort((a, b) => a.label.localeCompare(b.label));
