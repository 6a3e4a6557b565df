import type { z } from 'zod';
import { LanternError } from '../errors.js';

/** Validates input with a schema, turning problems into one error that says what to fix, field by field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  const first = problems[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  throw new LanternError('validation_failed', `The ${what} is not valid — ${summary}.`, problems);
}
