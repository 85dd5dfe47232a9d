/**
 * The slow suite (`npm run test:scale`): corpora of 10 MB and 100,000 files (tests/scale/), and the
 * bot run as a real process (tests/slow/): `npm start` and the compiled production entry point,
 * built with `npm run build`. Writing and removing 100,000 files takes a minute or more on a shared 2-core
 * machine, so hooks get as long as tests.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/scale/**/*.test.ts', 'tests/slow/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
