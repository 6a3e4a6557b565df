/** What a typed message asks for. Teams wraps @mentions in <at> tags; they and punctuation are ignored. */
export type Command = 'logConcern' | 'logStaffConcern' | 'myConcerns' | 'myActions' | 'help' | 'notifyEach' | 'notifyDigest';

const PHRASES: Record<string, Command> = {
  'log concern': 'logConcern',
  'log a concern': 'logConcern',
  'new concern': 'logConcern',
  'report concern': 'logConcern',
  'log staff concern': 'logStaffConcern',
  'log a staff concern': 'logStaffConcern',
  'my concerns': 'myConcerns',
  'my actions': 'myActions',
  'notify each': 'notifyEach',
  'notify digest': 'notifyDigest',
};

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
