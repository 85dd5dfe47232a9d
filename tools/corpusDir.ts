/** Where the command-line tools find the corpus: `--corpus` directories, else `CORPUS_DIR`, else `corpus/` in the project. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type Corpus } from '../src/index.ts';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CORPUS_DIR?.trim() || resolve(PROJECT_ROOT, 'corpus'));
}

/**
 * Loads several corpus directories as one corpus, as a user who adds a folder of articles would
 * see it. Two files with the same name would share an article id, so the later one is reported
 * as a problem and skipped.
 */
export async function loadCorpora(dirs: readonly string[]): Promise<Corpus> {
  const loaded = await Promise.all(dirs.map((dir) => loadCorpus(resolve(dir))));
  const seen = new Set<string>();
  const merged: Corpus = { dir: dirs.join(', '), articles: [], problems: [] };
  for (const corpus of loaded) {
    merged.problems.push(...corpus.problems);
    for (const article of corpus.articles) {
      if (seen.has(article.id)) {
        merged.problems.push({ path: article.path, reason: `another corpus directory already has an article named ${article.id}` });
        continue;
      }
      seen.add(article.id);
      merged.articles.push(article);
    }
  }
  return merged;
}
