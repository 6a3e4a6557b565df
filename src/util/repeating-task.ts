/**
 * Runs `task` every `everyMs` without overlapping itself (a tick while the
 * previous run is still going is skipped). `stop` waits for a run in progress.
 * The timer never keeps the process alive on its own.
 */
export function startRepeatingTask(task: () => Promise<void>, everyMs: number, onError: (e: unknown) => void) {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= task()
      .catch(onError)
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
