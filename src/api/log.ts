import { trace } from '@opentelemetry/api';
import { pino, type DestinationStream } from 'pino';
import { REDACTED, redact, scrubText } from '../telemetry/redact.js';

/**
 * Structured one-line JSON logs (pino). Never log tokens, request bodies or
 * record text: only codes, ids, statuses and timings. Every line still passes
 * through `redact`, and carries the OpenTelemetry trace id when there is one.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: Level, msg: string, fields?: Record<string, unknown>): void;
}

const REDACT_PATHS = ['authorization', 'headers.authorization', 'req.headers.authorization', '*.authorization', 'cookie', '*.cookie'];

export function createLogger(minLevel: Level | 'silent' = 'info', destination: DestinationStream = process.stdout): Logger {
  const logger = pino(
    {
      level: minLevel,
      base: { service: 'lantern' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => redact(fields) as Record<string, unknown>,
      },
      mixin: traceIds,
    },
    destination,
  );
  return {
    log(level, msg, fields) {
      logger[level](fields ?? {}, scrubText(msg));
    },
  };
}

function traceIds(): Record<string, string> {
  const span = trace.getActiveSpan()?.spanContext();
  return span ? { traceId: span.traceId, spanId: span.spanId } : {};
}
