// This process's JavaScript heap in use, after V8's full collection (twice: the second gives back
// what the first left in half-empty pages). For tests that a checker keeps no more than it should.

import { fullGc } from '../../server/src/lsp/idleGc';

export function liveHeapMB(): number {
  const gc = fullGc();
  if (!gc) throw new Error('no full collection in this process');
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}
