/**
 * A deterministic synthetic news archive for scale benchmarks: words drawn with Zipf frequencies
 * (the most common ones are real English function words, as in news text), passages of 60–120
 * words, twenty passages an article. The same seed and size always give the same files.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PASSAGES_PER_ARTICLE = 20;
export const MIN_PASSAGE_WORDS = 60;
export const MAX_PASSAGE_WORDS = 120;
/** Zipf exponent of natural-language word frequencies. */
export const ZIPF_EXPONENT = 1.07;
export const VOCABULARY_SIZE = 60_000;
/** Passages are one paragraph each: the bench indexes with these options so a paragraph is never cut or merged. */
export const SYNTHETIC_INDEX_OPTIONS = { maxChars: 4000, minChars: 0 } as const;

/** The most frequent words of English news text, most frequent first: the head of the Zipf curve. */
const HEAD = `the of to and a in that for is on said with he it was as at by from his be have has but are not they
who an this which were been more would their will its or one year also after about new we first two up than
other there all people out into time government last percent when some could over she market years what only
can you trade most may her tariffs three president economic since them because world officials talks state
minister billion country deal week made before just told while our against many between under where talks`.split(/\s+/);

const SYLLABLES = 'ka ri to mu se na ho te lo pa ve di ro su ne ba gi zo fu ya me ku ta shi ren mon tar vel dan sor kel min bar tov lis gar pen'.split(' ');
const PUBLISHERS = ['Daily Ledger', 'Harbor Times', 'The Northern Post', 'Capital Wire', 'Pacific Herald', 'Evening Standard', 'Market Journal', 'Global Dispatch'];

/** mulberry32: a tiny, fast, well-distributed seeded generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The vocabulary, most frequent first: real head words, then made-up words of 2–4 syllables. */
export function vocabulary(random: () => number, size = VOCABULARY_SIZE): string[] {
  const words = [...new Set(HEAD)];
  const seen = new Set(words);
  while (words.length < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** Draws word ranks with Zipf frequencies, by binary search over the cumulative distribution. */
export function zipfSampler(size: number, random: () => number, exponent = ZIPF_EXPONENT): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) cumulative[r] = total += 1 / (r + 1) ** exponent;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Seed of the vocabulary every archive and question set shares, so questions use the archives' words. */
export const VOCABULARY_SEED = 42;

export class SyntheticText {
  private readonly random: () => number;
  private readonly words: string[];
  private readonly rank: () => number;

  /** Text drawn with `seed` from the shared vocabulary (with the vocabulary's own seed, the text continues its stream). */
  constructor(seed: number) {
    const vocabularyRandom = seeded(VOCABULARY_SEED);
    this.words = vocabulary(vocabularyRandom);
    this.random = seed === VOCABULARY_SEED ? vocabularyRandom : seeded(seed);
    this.rank = zipfSampler(this.words.length, this.random);
  }

  word(): string {
    return this.words[this.rank()]!;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** A paragraph of `MIN_PASSAGE_WORDS`–`MAX_PASSAGE_WORDS` words in sentences of 8–20 words. */
  paragraph(): string {
    const target = this.int(MIN_PASSAGE_WORDS, MAX_PASSAGE_WORDS);
    const sentences: string[] = [];
    let count = 0;
    while (count < target) {
      const n = Math.min(this.int(8, 20), target - count);
      const words = Array.from({ length: n }, () => this.word());
      const first = words[0]!;
      words[0] = first[0]!.toUpperCase() + first.slice(1);
      sentences.push(`${words.join(' ')}.`);
      count += n;
    }
    return sentences.join(' ');
  }

  /** A question of 2–12 words drawn from the same distribution as the articles. */
  question(): string {
    const n = this.int(2, 12);
    return `${Array.from({ length: n }, () => this.word()).join(' ')}?`;
  }

  article(i: number): string {
    const title = Array.from({ length: this.int(4, 9) }, () => this.word()).join(' ');
    const date = `${2010 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const body = Array.from({ length: PASSAGES_PER_ARTICLE }, () => this.paragraph()).join('\n\n');
    return `---\ntitle: "${title}"\npublisher: ${this.pick(PUBLISHERS)}\ndate: ${date}\n---\n\n${body}\n`;
  }
}

/** Writes (once) an archive of `passages` passages under `root`, and returns its directory. */
export async function syntheticCorpus(root: string, passages: number, seed = VOCABULARY_SEED): Promise<string> {
  const dir = join(root, `zipf-${passages}-seed${seed}`);
  const done = join(dir, '.complete');
  if (await stat(done).then(() => true, () => false)) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const text = new SyntheticText(seed);
  const articles = Math.ceil(passages / PASSAGES_PER_ARTICLE);
  for (let i = 0; i < articles; i++) await writeFile(join(dir, `article-${String(i).padStart(7, '0')}.md`), text.article(i));
  await writeFile(done, `${articles} articles\n`);
  return dir;
}

/** 1,000 (or `n`) questions, the same for every engine and size. */
export function syntheticQuestions(n = 1000, seed = 7): string[] {
  const text = new SyntheticText(seed);
  return Array.from({ length: n }, () => text.question());
}

export async function countFiles(dir: string): Promise<number> {
  return (await readdir(dir)).filter((n) => n.endsWith('.md')).length;
}
