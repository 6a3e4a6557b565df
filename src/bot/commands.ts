/** What a typed message asks for. Teams wraps @mentions in <at> tags; they and punctuation are ignored. */
export type Command = 'logConcern' | 'myConcerns' | 'myActions' | 'help' | 'notifyEach' | 'notifyDigest';

const PHRASES: Record<string, Command> = {
  'log concern': 'logConcern',
  'log a concern': 'logConcern',
  'new concern': 'logConcern',
  'report concern': 'logConcern',
  'my concerns': 'myConcerns',
  'my actions': 'myActions',
  'notify each': 'notifyEach',
  'notify digest': 'notifyDigest',
};

/** Words that ask for help (or greet): answered with help, not with "I didn't understand". */
const HELP_WORDS = new Set(['', 'help', 'hi', 'hello', 'hey', 'menu', 'commands', 'what can you do', 'start']);

/** True when the message asked for something Lantern does not know (so help says it did not understand). */
export function notUnderstood(text: string | undefined): boolean {
  const words = normalise(text);
  return !Object.hasOwn(PHRASES, words) && !HELP_WORDS.has(words);
}

function normalise(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>.*?<\/at>/gi, ' ')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(text: string | undefined): Command {
  const words = (text ?? '')
    .replace(/<at>.*?<\/at>/gi, ' ')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Own keys only: "constructor" must not find Object.prototype's.
  return Object.hasOwn(PHRASES, words) ? PHRASES[words]! : 'help';
}
