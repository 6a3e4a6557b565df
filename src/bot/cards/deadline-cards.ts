import type { AlertKind } from '../../core/model/alert.js';
import { card, heading, openUrl, paragraph, type AdaptiveCard } from './adaptive.js';

const HEADINGS: Record<AlertKind, string> = {
  'due-soon': 'Deadline due soon',
  overdue: 'Deadline overdue',
  escalation: 'Deadline still overdue',
};

/**
 * An alert about a dated obligation other than a referral (a subject access
 * request, a transfer receipt…). Its text, from `alertText`, names the record's
 * reference and the date only — never a child — and the one action opens the tab.
 */
export function deadlineAlertCard(kind: AlertKind, text: string, openInLantern: string, source?: string): AdaptiveCard {
  return card([heading(headingFor(kind, source)), paragraph(text.replace(/ — open Lantern$/, ''))], [openUrl('Open in Lantern', openInLantern)]);
}

/** Overdue actions and chase dates say what they are; other deadlines keep the general headings. */
function headingFor(kind: AlertKind, source?: string): string {
  if (source === 'access-change') return 'Access change waiting for a second DSL';
  if (source === 'chase') return 'Chase due';
  if (source === 'export') return 'Subject access export';
  if (source === 'action') return kind === 'escalation' ? 'Action still overdue' : 'Action overdue';
  return HEADINGS[kind];
}
