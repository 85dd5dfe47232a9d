/** The default suite (`npm test`): fast specifications only. Scale tests and the compiled production process run in `npm run test:scale`. */
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'tests/scale/**', 'tests/slow/**'],
    // Test files in one worker share loaded modules instead of each importing the core, discord.js,
    // Bolt and the WordNet list afresh: about half the CPU time of the default suite (41 s instead of
    // 83 s on this 2-core machine). A test file that comes to need fresh module state can call
    // `vi.resetModules()` or move to a project of its own with `isolate: true`.
    isolate: false,
    // One worker per core. Vitest's default leaves one core to its main process, which on a 2-core machine
    // runs the suite in one worker: 41-45 s instead of 27-34 s, and `npm test` past its one-minute budget.
    maxWorkers: availableParallelism(),
  },
});
