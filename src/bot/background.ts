import type { Logger } from '../api/log.js';

/**
 * Work a turn starts but does not wait for (proactive cards after a submit),
 * so the person gets their answer first. Failures are logged, never thrown;
 * `idle()` lets shutdown and tests wait for the work to finish.
 */
export function createBackgroundTasks(log: Logger) {
  const running = new Set<Promise<void>>();
  return {
    run(name: string, work: () => Promise<void>): void {
      const task: Promise<void> = work()
        .catch((e: unknown) => log.log('error', 'background task failed', { task: name, error: describe(e) }))
        .finally(() => running.delete(task));
      running.add(task);
    },
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type BackgroundTasks = ReturnType<typeof createBackgroundTasks>;

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${(e as { code?: string }).code ?? ''} ${e.message}` : String(e));
