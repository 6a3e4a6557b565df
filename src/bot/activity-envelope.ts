import { z } from 'zod';

const account = z.looseObject({
  id: z.string().max(1024),
  name: z.string().max(1024).optional(),
  aadObjectId: z.string().max(128).optional(),
});

/**
 * The parts of a Bot Framework activity that botbuilder and Lantern rely on,
 * checked at the door: a body that is authenticated but malformed (a number
 * where an id should be, no conversation) is a 400, not a failed turn. Other
 * fields pass through untouched.
 */
export const activityEnvelope = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  name: z.string().max(1024).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    // botbuilder sends it back in a header (x-ms-conversation-id) on every reply: printable ASCII only, as Teams' ids are.
    id: z.string().min(1).max(1024).regex(/^[\x20-\x7e]+$/, 'must be printable ASCII'),
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(128).optional(),
    isGroup: z.boolean().optional(),
  }),
  channelData: z.looseObject({}).optional(),
  text: z.string().optional(),
  replyToId: z.string().max(1024).optional(),
  timestamp: z.string().max(64).optional(),
});

/** A Universal Action (Action.Execute) press: botbuilder reads `value.action` before any handler runs. */
const cardActionValue = z.looseObject({
  action: z.looseObject({ type: z.string().max(64), verb: z.string().max(256).optional() }),
});

/** The first problem with an activity, for the 400's message; undefined when it is well formed. */
export function activityProblem(body: unknown): string | undefined {
  const result = activityEnvelope.safeParse(body);
  if (!result.success) return firstIssue(result.error, []);
  const { type, name, value } = result.data as { type: string; name?: string; value?: unknown };
  if (type !== 'invoke' || name !== 'adaptiveCard/action') return undefined;
  const action = cardActionValue.safeParse(value);
  return action.success ? undefined : firstIssue(action.error, ['value']);
}

function firstIssue(error: z.ZodError, prefix: string[]): string {
  const issue = error.issues[0]!;
  return `${[...prefix, ...issue.path.map(String)].join('.') || '(body)'}: ${issue.message}`;
}
