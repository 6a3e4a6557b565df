import type { School } from '../../core/model/school.js';
import { card, execute, heading, openUrl, paragraph, warning, type Action, type AdaptiveCard } from './adaptive.js';

export const OPEN_FORM_VERB = 'openForm';

/** A short message, e.g. a refusal or an error, with optional next steps. */
export function noticeCard(title: string, message: string, actions: Action[] = [], tone: 'info' | 'problem' = 'info'): AdaptiveCard {
  return card([heading(title), tone === 'problem' ? warning(message) : paragraph(message)], actions);
}

/** In a group chat or channel the bot shows nothing about a child: it offers a personal chat instead. */
export function personalChatCard(personalChatUrl: string): AdaptiveCard {
  return noticeCard(
    'Lantern works in a personal chat',
    'Concerns about children are private, so Lantern never shows or takes them here. Message Lantern in a personal chat instead.',
    [openUrl('Chat with Lantern privately', personalChatUrl)],
  );
}

export function helpCard(isDsl: boolean, notUnderstood = false): AdaptiveCard {
  const lines = [
    ...(notUnderstood ? ["I didn't understand that. Here is what you can ask me:"] : []),
    '**log concern** — record a concern about a child (also *log a concern*, *new concern*).',
    isDsl ? '**my concerns** — your triage work: what waits for triage, most pressing first, and recent decisions.' : '**my concerns** — the concerns you logged and those shared with you.',
    '**my actions** — the actions you have been given, to mark done.',
    'Cards Lantern sends you never name a child: choose **Show details** to see them, only you.',
  ];
  if (isDsl) lines.push('**notify each** / **notify digest** — a card for every new concern and alert, or one summary a day (08:00, or your own time: *notify digest 07:30*).');
  return card([heading('Lantern'), ...lines.map((l) => paragraph(l))], [execute('Log a concern', OPEN_FORM_VERB, {})]);
}

/** Someone with roles in several schools of a trust picks the school first. */
export function chooseSchoolCard(schools: readonly School[]): AdaptiveCard {
  return card(
    [heading('Which school is this concern for?'), paragraph('You have access to more than one school.')],
    schools.map((s) => execute(s.name, OPEN_FORM_VERB, { schoolId: s.id })),
  );
}
