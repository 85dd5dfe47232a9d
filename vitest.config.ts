/** The default suite (`npm test`): fast specifications only. Scale tests run in `npm run test:scale`. */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'tests/scale/**'],
  },
});
