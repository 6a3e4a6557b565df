/**
 * Shutdown for both entry points (src/main.ts, src/local/start.ts). On SIGTERM
 * or SIGINT: stop accepting and report not ready, let requests in flight
 * finish (up to SHUTDOWN_GRACE_MS), stop the scheduler, then the caller's own
 * steps (local mode: flush the snapshot), then exit 0. A shutdown that hangs
 * past SHUTDOWN_LIMIT_MS exits 1.
 */
export const SHUTDOWN_GRACE_MS = 10_000;
export const SHUTDOWN_LIMIT_MS = 25_000;

type Log = (level: 'info' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export function exitOnSignals(stop: () => Promise<void>, log: Log): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log('info', 'stopping', { signal });
    const limit = setTimeout(() => {
      log('error', 'shutdown did not finish in time', { limitMs: SHUTDOWN_LIMIT_MS });
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    limit.unref();
    stop().then(
      () => {
        log('info', 'stopped');
        process.exit(0);
      },
      (e: unknown) => {
        log('error', 'shutdown failed', { error: e instanceof Error ? e.message : String(e) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
