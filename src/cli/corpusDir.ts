/** Where the command-line tools find the corpus: `CORPUS_DIR`, else `corpus/` in the project. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CORPUS_DIR?.trim() || resolve(PROJECT_ROOT, 'corpus'));
}
