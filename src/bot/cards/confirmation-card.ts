import type { ConcernView } from '../../core/usecases/concern-view.js';
import { card, execute, factSet, heading, openUrl, paragraph, warning, type Action, type AdaptiveCard } from './adaptive.js';
import { plural, when } from './format.js';
import { VERBS, type ConcernRef } from './proactive-cards.js';

export interface ConfirmationModel {
  concern: ConcernView;
  etag: string;
  categoryNames: string[];
  timeZone: string;
  openInLantern: string;
  /** Whether this person may withdraw the alerts (the author or a DSL). */
  canWithdraw: boolean;
  notice?: string;
}

/**
 * Replaces the form once the concern is saved: the reference and a summary of
 * what was recorded. It stays in the chat, so it names no child and repeats no
 * account; "Show details" shows those to the author alone.
 */
export function confirmationCard(m: ConfirmationModel): AdaptiveCard {
  const c = m.concern;
  const informed = c.parentsInformed.informed ? 'Yes' : 'No';
  const body = [
    heading(`Concern ${c.ref} recorded`),
    c.urgent
      ? warning('You said a child may be at immediate risk: your DSLs have been alerted now. Also speak to a DSL in person straight away; if a child is in danger, call 999.', 'urgent')
      : paragraph('Thank you. Your DSLs can see it now; nothing more is needed from you unless they ask.'),
    ...(m.notice ? [warning(m.notice, 'notice')] : []),
    factSet([
      { title: 'Reference', value: c.ref },
      { title: 'Recorded', value: when(c.recordedAt, m.timeZone) },
      { title: 'Happened', value: when(c.occurredAt, m.timeZone) },
      { title: 'Children', value: plural(c.children.length, 'child', 'children') },
      { title: 'Categories', value: m.categoryNames.join(', ') },
      { title: 'Parents/carers told', value: informed },
      { title: 'Alerted', value: c.alertedStaff.map((p) => p.name).join(', ') || 'Nobody else' },
    ]),
  ];
  const withdraw: Action[] = m.canWithdraw
    ? c.alertedStaff.map((p) => execute(`Withdraw alert: ${p.name}`, VERBS.withdraw, { schoolId: c.schoolId, concernId: c.id, oid: p.oid, etag: m.etag, view: 'mine' }, { style: 'destructive' }))
    : [];
  return card(body, [
    execute('Show details', VERBS.show, { schoolId: c.schoolId, concernId: c.id, view: 'mine' }),
    openUrl('View in Lantern', m.openInLantern),
    ...withdraw,
  ]);
}

/** The author's card with the details hidden again. */
export function recordedCard(c: ConcernRef, openInLantern: string): AdaptiveCard {
  return card(
    [heading(`Concern ${c.ref} recorded`), paragraph('Choose Show details to see what you recorded — only you will see it.')],
    [execute('Show details', VERBS.show, { schoolId: c.schoolId, concernId: c.concernId, view: 'mine' }), openUrl('View in Lantern', openInLantern)],
  );
}
