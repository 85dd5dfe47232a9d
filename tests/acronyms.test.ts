import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AcronymIndex, FOLD_EVERY, phrasesIn } from '../src/acronyms.ts';
import { analyze } from '../src/analyze.ts';
import { answer } from '../src/answer.ts';
import { ACRONYM_CREDIT, analyzeQuery } from '../src/rank.ts';
import { readSnapshot, writeSnapshot } from '../src/snapshot.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

const acronymsOf = (...passages: string[]) => {
  const acronyms = new AcronymIndex();
  for (const p of passages) acronyms.add(p);
  return acronyms;
};

describe('AcronymIndex: the acronyms the articles\' names stand for', () => {
  it('learns the initials of a run of capitalised words', () => {
    const acronyms = acronymsOf('The money comes from the Inflation Reduction Act, which Congress passed.', 'Pointing out that General Motors had invested, Seko spoke.');
    expect(acronyms.phrase('ira')).toBe('inflation reduction act');
    expect(acronyms.phrase('gm')).toBe('general motors');
  });

  it('counts the parts of a hyphenated word and of a compound of two English words, and reads "of" with or without its initial', () => {
    const acronyms = acronymsOf('It would honor all of U.S. Steel\'s agreements with the United Steelworkers union.', 'They signed a Memorandum of Understanding and a Japan-U.S. Strategic Energy Partnership.');
    expect(acronyms.phrase('usw')).toBe('united steelworkers');
    expect(acronyms.phrase('mou')).toBe('memorandum of understanding');
    expect(acronyms.phrase('mu')).toBe('memorandum of understanding');
    expect(acronyms.phrase('jusep')).toBe('japan-us strategic energy partnership');
  });

  it('reads no name across punctuation or a possessive, and none from one word or from lower-case words', () => {
    expect(phrasesIn('Biden\'s Inflation Reduction Act passed. Trade, Tariffs and a tariff-rate quota.').map((p) => p.phrase)).toEqual(['inflation reduction act']);
  });

  it('reads a name through a possessive of its members or their body: "National Cattlemen\'s Beef Association" → NCBA', () => {
    const acronyms = acronymsOf(
      '"We\'ve been anticipating this," said Kent Bacus, director of international trade at the National Cattlemen\'s Beef Association.',
      'The People\'s Bank of China cut rates, and the Department of Veterans\' Affairs spoke.',
    );
    expect(acronyms.phrase('ncba')).toBe('national cattlemen beef association');
    expect(acronyms.phrase('pboc')).toBe('people bank of china');
    expect(acronyms.phrase('dva')).toBe('department of veterans affairs');
    // Each part is still a name of its own ("Beef Association"); another possessor owns the name after it.
    expect(acronyms.phrase('ba')).toBe('beef association');
    expect(phrasesIn("Moody's Investors Service said. Biden's Inflation Reduction Act passed.").map((p) => p.phrase)).toEqual(['investors service', 'inflation reduction act']);
  });

  it('reads a title before a given name and a surname as a name of its own ("Chief Financial Officer Kenta Kon" → CFO)', () => {
    const acronyms = acronymsOf('"It is tough," Chief Financial Officer Kenta Kon told an earnings briefing.');
    expect(acronyms.phrase('cfo')).toBe('chief financial officer');
    // Not a run whose words before the name end in no person: "Toyota Motor North America" is no title.
    expect(phrasesIn('Toyota Motor North America Tetsuo Ogawa spoke.').map((p) => p.phrase)).toEqual(['toyota motor north america tetsuo ogawa']);
  });

  it('reads a name through an ampersand, which gives no initial: "Hellman & Friedman" → HF', () => {
    const acronyms = acronymsOf('Daikin agreed to buy Goodman from the private equity firm Hellman & Friedman for $3.7 billion.');
    expect(acronyms.phrase('hf')).toBe('hellman & friedman');
  });

  it('reads the words before a name\'s last "of" as a name of their own: "Long-Term Credit Bank of Japan" → LTCB', () => {
    const acronyms = acronymsOf('The group bought the failed Long-Term Credit Bank of Japan in March 2000.');
    expect(acronyms.phrase('ltcb')).toBe('long-term credit bank');
    expect(acronyms.phrase('ltcbj')).toBe('long-term credit bank of japan');
    // One word before "of" is no name: the Bank of Japan is the BOJ, never "B".
    expect(phrasesIn('But the Bank of Japan held rates.').map((p) => p.phrase)).toEqual(['bank of japan']);
  });

  it('ends the words before a name\'s last "of" at their last word, not at a connector: "Ministry of Agriculture and of Fisheries"', () => {
    const phrases = phrasesIn('The Ministry of Agriculture and of Fisheries said.').map((p) => p.phrase);
    expect(phrases).toContain('ministry of agriculture');
    expect(phrases.filter((p) => /\b(?:of|and|for|the|&)$/.test(p))).toEqual([]);
  });

  it('leaves out the word a sentence opens with when it is a stop word: "But the Bank of Japan" is the Bank of Japan', () => {
    expect(phrasesIn('But the Bank of Japan held rates.').map((p) => p.phrase)).toEqual(['bank of japan']);
  });

  it('reads an institution\'s name in the other English word order: "Finance Ministry" is MOF, "Justice Department" DOJ', () => {
    const acronyms = acronymsOf('Japan\'s Finance Ministry intervened, and the Justice Department sued.');
    expect(acronyms.phrase('mof')).toBe('ministry of finance');
    expect(acronyms.phrase('doj')).toBe('department of justice');
  });

  it('reads no other order for a name whose last word names no body of people, or that has a connector already', () => {
    const acronyms = acronymsOf('The Inflation Reduction Act passed, and the Bank of Japan held rates.');
    expect(acronyms.phrase('aoir')).toBeUndefined();
    expect(acronyms.phrase('joboj')).toBeUndefined();
  });

  it('reads a name without the place qualifying it: "U.S. International Trade Commission" is ITC, "Long-Term Credit Bank of Japan" LTCB', () => {
    const acronyms = acronymsOf('The U.S. International Trade Commission ruled.', 'Investors bought the failed Long-Term Credit Bank of Japan.', 'The U.S. Commerce Department said so.');
    expect(acronyms.phrase('itc')).toBe('international trade commission');
    expect(acronyms.phrase('ltcb')).toBe('long-term credit bank');
    expect(acronyms.phrase('doc')).toBe('department of commerce');
  });

  it('keeps the name as the articles write it over another form of a name giving the same acronym', () => {
    const acronyms = acronymsOf('The Finance Ministry spoke.', 'The Finance Ministry spoke again.', 'The Media Federation met.');
    expect(acronyms.phrase('mf')).toBe('media federation');
  });

  it('keeps the phrase spelt most often across many passages, as counts are folded while a large archive is indexed', () => {
    const acronyms = acronymsOf('San Francisco hosted.', 'They met in San Francisco.', ...Array.from({ length: FOLD_EVERY }, () => 'Nothing capitalised here.'), 'The Soviet Federation.');
    expect(acronyms.phrase('sf')).toBe('san francisco');
  });

  it('keeps the phrase the articles spell most often, through a saved index', () => {
    const acronyms = acronymsOf('San Francisco hosted.', 'Later, in San Francisco, they met.', 'The Soviet Federation.');
    expect(AcronymIndex.fromJSON(acronyms.toJSON()).phrase('sf')).toBe('san francisco');
  });
});

describe('a question word the articles never use, read as the name they spell out', () => {
  const files = {
    ...otherArticles(),
    'ira.md': article(
      { title: 'Minerals deal', publisher: 'Wire', date: '2023-03-29' },
      'The money at stake comes from the Inflation Reduction Act. The law offers buyers a tax credit of up to $7,500 for a new electric vehicle.',
    ),
    'usw.md': article({ title: 'Steel deal', publisher: 'Wire', date: '2025-06-15' }, 'The United Steelworkers union has been skeptical of the promises. Luis Alberto Sanchez Young spoke last week.'),
    'hf.md': article({ title: 'Air conditioner deal', publisher: 'Wire', date: '2012-08-29' }, 'Daikin agreed to buy Goodman Global from the private equity firm Hellman & Friedman, which bought it in October 2007.'),
  };

  it('matches an acronym by the rarest word of its name, at ACRONYM_CREDIT', async () => {
    const index = await tempIndex(files);
    const term = (q: string, word: string) => analyzeQuery(index, q).terms.find((t) => t.term === analyze(word)[0]);
    expect(term('why is the usw skeptical?', 'usw')).toMatchObject({ known: true, alternatives: [{ term: analyze('steelworkers')[0], credit: ACRONYM_CREDIT }] });
    // WordNet knows "ira" as a word: it is an acronym when the question writes it in capitals.
    const ira = term('how big is the IRA credit?', 'ira');
    expect(ira?.known).toBe(true);
    expect(analyze('inflation reduction act')).toContain(ira?.alternatives[0]?.term);
    expect(term('how big is the ira credit?', 'ira')).toMatchObject({ known: false, alternatives: [] });
    // A question shouted in capitals says nothing of which words are acronyms.
    expect(term('HOW BIG IS THE IRA CREDIT?', 'ira')).toMatchObject({ known: false, alternatives: [] });
    // A word one edit from an article's word is a typo before it is an acronym ("lasy" is "last", though Luis Alberto Sanchez Young is LASY).
    expect(term('what happened lasy week?', 'last')).toBeDefined();
    // Letters joined by an ampersand are an acronym however cased, though WordNet knows "hf" (hafnium).
    const hf = analyzeQuery(index, 'when did h&f buy goodman?').terms.find((t) => t.term === 'hf');
    expect(hf).toMatchObject({ known: true, alternatives: [{ term: analyze('friedman')[0], credit: ACRONYM_CREDIT }] });
    // A word that stands for no name of the articles stays unknown.
    expect(term('why is the xyzq skeptical?', 'xyzq')).toMatchObject({ known: false });
  });

  it('answers from the article that spells the name out, and from a saved index as from the built one', async () => {
    const index = await tempIndex(files);
    const got = answer(index, 'how big is the IRA tax credit?');
    expect(got.status).toBe('answered');
    expect(got.text).toContain('$7,500');
    const dir = await mkdtemp(join(tmpdir(), 'tradetalk-acronyms-'));
    try {
      await writeSnapshot(index, join(dir, 'snapshot.jsonl'), 'hash');
      const restored = await readSnapshot(join(dir, 'snapshot.jsonl'), 'hash');
      expect(restored.acronyms.toJSON()).toEqual(index.acronyms.toJSON());
      expect(answer(restored, 'how big is the IRA tax credit?')).toEqual(got);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('an acronym of a name the articles write in another order', () => {
  it('matches "mof" by a word of the Finance Ministry the articles name', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'mof.md': article({ title: 'Yen', publisher: 'Wire', date: '2024-05-01' }, 'Japan\'s Finance Ministry spent 9.8 trillion yen to prop up the currency, a record.'),
    });
    const mof = analyzeQuery(index, 'how much did mof spend on the yen?').terms.find((t) => t.term === analyze('mof')[0]);
    expect(mof?.known).toBe(true);
    expect(analyze('ministry of finance')).toContain(mof?.alternatives[0]?.term);
    expect(answer(index, 'how much did mof spend on the yen?').text).toContain('9.8 trillion yen');
  });
});

describe('an acronym of a name with a possessive inside', () => {
  it('matches the acronym by a word of its name and quotes the sentence that spells it out: "what did the ncba say…"', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'beef.md': article(
        { title: 'Japan raises tariff on U.S. beef', publisher: 'Wire', date: '2021-03-18' },
        'Japan raised its tariff on frozen U.S. beef to 38.5 percent after imports tripped a safeguard.\n\n"We\'ve been anticipating this," said Kent Bacus, director of international trade at the National Cattlemen\'s Beef Association. "It is a slight setback."\n\nThe safeguard was triggered for the first time under the trade deal.',
      ),
    });
    const q = 'what did the ncba say about japan triggering the beef safeguard';
    const ncba = analyzeQuery(index, q).terms.find((t) => t.term === analyze('ncba')[0]);
    expect(ncba).toMatchObject({ known: true, alternatives: [{ credit: ACRONYM_CREDIT }] });
    expect(analyze('national cattlemen beef association')).toContain(ncba?.alternatives[0]?.term);
    expect(answer(index, q).sentences.map((s) => s.text).join(' ')).toContain('anticipating this');
  });
});

describe('a word the question writes in capitals that no article uses', () => {
  const files = {
    ...otherArticles(),
    'labels.md': article({ title: 'Pact', publisher: 'Wire', date: '2017-01-24' }, 'Trump withdrew from the pact that he had labeled as job-killing.'),
  };

  it('gets none of the dictionary synonyms of the word it spells ("TAG" is no "label")', async () => {
    const index = await tempIndex(files);
    const tag = analyzeQuery(index, 'what is the TAG agreement?').terms.find((t) => t.term === analyze('tag')[0]);
    expect(tag).toMatchObject({ known: false, alternatives: [] });
    expect(analyzeQuery(index, 'what is the tag on it?').terms.find((t) => t.term === analyze('tag')[0])?.known).toBe(true);
  });

  it('is no acronym when the question shouts, though a word of it is in lower case', async () => {
    const index = await tempIndex(files);
    for (const q of ['WHAT IS THE TAG ON IT?', 'WHAT IS THE TAG ON IT? thx', 'what IS THE TAG ON it?']) {
      expect(analyzeQuery(index, q).terms.find((t) => t.term === analyze('tag')[0])?.known, q).toBe(true);
    }
  });

  it('weighs as a name the articles never mention, not as a paraphrase at half weight', async () => {
    const index = await tempIndex(files);
    const [upper, lower] = ['why did the TAG talks stall?', 'why did the tag talks stall?'].map((q) => analyzeQuery(index, q).terms.find((t) => t.term === analyze('tag')[0]));
    expect(upper?.name).toBe(true);
    expect(upper!.weight).toBeGreaterThan(lower!.weight);
  });

  it('is declined rather than answered from a sentence that uses the word\'s synonym', async () => {
    const index = await tempIndex(files);
    expect(answer(index, 'what is TAG?').status).toBe('no_answer');
  });
});

describe('a word the articles use, or a place, that the question writes in capitals', () => {
  it('is emphasised, not an acronym: it keeps its synonyms ("buy") and a place its adjective ("Canadian")', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'wheat.md': article({ title: 'Wheat', publisher: 'Wire', date: '2020-01-10' }, 'Canadian wheat will pay a tariff of 7 percent in Japan, lower than American wheat, until 2027.'),
      'corn.md': article({ title: 'Corn', publisher: 'Wire', date: '2019-08-26' }, 'Japan will buy more American corn. The purchase was agreed in August.'),
    });
    const [lower, upper] = ['what tariff will wheat from canada pay in japan?', 'what tariff will wheat from CANADA pay in japan?'].map((q) => answer(index, q));
    expect(lower?.status).toBe('answered');
    expect(upper).toMatchObject({ status: 'answered', confidence: lower!.confidence });
    const purchase = (q: string) => analyzeQuery(index, q).terms.find((t) => t.term === analyze('purchase')[0])?.alternatives.filter((a) => !a.otherSense).map((a) => a.term);
    expect(purchase('will japan PURCHASE corn?')).toEqual(analyze('buy'));
    expect(purchase('will japan PURCHASE corn?')).toEqual(purchase('will japan purchase corn?'));
  });
});
