/**
 * Structured one-line logs. Never log tokens, request bodies or record text:
 * only codes, ids, statuses and timings.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  log(level: Level, msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(minLevel: Level | 'silent' = 'info'): Logger {
  return {
    log(level, msg, fields) {
      if (minLevel === 'silent' || ORDER[level] < ORDER[minLevel]) return;
      process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields })}\n`);
    },
  };
}
