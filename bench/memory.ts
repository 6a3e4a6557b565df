import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/** A full garbage collection, without needing `--expose-gc` on the command line. */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** JS heap in use after a full collection, in MB. */
export function heapAfterGcMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}
