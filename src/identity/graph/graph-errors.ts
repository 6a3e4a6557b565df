/**
 * Anything that went wrong talking to Microsoft Graph or Entra ID: an error
 * status, a timeout, a refused token request. `status` and `code` are Graph's
 * (e.g. 503, or 400 `Directory_ResultSizeLimitExceeded`) when it answered.
 */
export class GraphFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphFailure';
  }
}

/** Turns whatever the Graph client or MSAL threw into a GraphFailure that names no token or secret. */
export function toGraphFailure(e: unknown, what: string): GraphFailure {
  if (e instanceof GraphFailure) return e;
  const { statusCode, code } = (e ?? {}) as { statusCode?: unknown; code?: unknown };
  const status = typeof statusCode === 'number' && statusCode > 0 ? statusCode : undefined;
  const graphCode = typeof code === 'string' ? code : undefined;
  const detail = status ? `status ${status}${graphCode ? ` ${graphCode}` : ''}` : graphCode ?? (e instanceof Error ? e.name : 'no answer');
  return new GraphFailure(`Microsoft Graph ${what} failed (${detail})`, status, graphCode, { cause: e });
}

/** Graph answers 404 for a user or group that no longer exists. */
export const isNotFound = (e: GraphFailure) => e.status === 404;
