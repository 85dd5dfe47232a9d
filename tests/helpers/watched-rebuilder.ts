/** A worker rebuilder whose steps a test can watch: when the worker starts building, and when it is done. */
import { createWorkerRebuilder } from '../../adapters/indexRebuilder.ts';
import type { Rebuilder } from '../../src/liveIndex.ts';

/**
 * The worker asks for the broken files' previous versions once it has loaded the corpus, just
 * before it builds: `onBuilding` runs then, `onDone` once the rebuilt index is back.
 */
export function watchedWorkerRebuilder(hooks: { onBuilding: () => void; onDone: () => void }): Rebuilder {
  const inWorker = createWorkerRebuilder();
  return async (job) => {
    const rebuilt = await inWorker({
      ...job,
      carryOver: (problems, loaded) => {
        hooks.onBuilding();
        return job.carryOver(problems, loaded);
      },
    });
    hooks.onDone();
    return rebuilt;
  };
}
