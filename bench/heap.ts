// Heap measurements after a full garbage collection. Uses global.gc from
// `node --expose-gc`; without the flag it is switched on at run time (V8 allows that).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

type Gc = () => void;

let gc: Gc | undefined;

function getGc(): Gc {
  if (gc) return gc;
  const exposed = (globalThis as { gc?: Gc }).gc;
  if (typeof exposed === 'function') return (gc = exposed);
  v8.setFlagsFromString('--expose-gc');
  return (gc = vm.runInNewContext('gc') as Gc);
}

/** Bytes of heap in use after collecting everything collectable. */
export function heapUsedAfterGc(): number {
  const collect = getGc();
  // Twice: the first pass may only schedule finalisation of weak structures.
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
