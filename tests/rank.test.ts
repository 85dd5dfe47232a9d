import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../src/index.ts';
import { analyzeQuery, coverageOf, DERIVED_CREDIT, HYPERNYM_CREDIT, VECTOR_CREDIT, VERB_KIN_CREDIT, idf, OTHER_SENSE_CREDIT, rankPassages, retrievalTerms, SIBLING_DERIVED_CREDIT, SYNONYM_CREDIT, UNKNOWN_ENGLISH_WORD_FACTOR } from '../src/rank.ts';
import { article, otherArticles, realIndex, tempIndex } from './helpers/corpus.ts';
import { answer } from '../src/index.ts';
import { analyze } from '../src/analyze.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const topText = (q: string) => rankPassages(index, analyzeQuery(index, q))[0]?.passage.text ?? '';

describe('rankPassages', () => {
  it('puts the passage that answers the question first', () => {
    expect(topText('What restrictions did the two countries lift on potatoes and persimmons?')).toContain('potatoes and Japanese persimmons');
  });

  it('finds a person through the office the articles give them', () => {
    // The articles call Wilbur Ross "U.S. Commerce Secretary"; the question names only the office.
    expect(topText('who is the commerce secretary visiting tokyo?')).toContain('Wilbur Ross');
  });

  it('orders passages by score, best first, and reports coverage between 0 and 1', () => {
    const ranked = rankPassages(index, analyzeQuery(index, 'currency clause Bank of Japan'));
    expect(ranked.length).toBeGreaterThan(1);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    for (const r of ranked) {
      expect(r.coverage).toBeGreaterThan(0);
      expect(r.coverage).toBeLessThanOrEqual(1);
    }
  });

  it('returns nothing when no question word is in the corpus', () => {
    expect(rankPassages(index, analyzeQuery(index, 'zzyzx quokka'))).toEqual([]);
  });

  it('weights rare words above common ones', () => {
    const q = analyzeQuery(index, 'persimmons trade');
    const weight = Object.fromEntries(q.terms.map((t) => [t.term, t.weight]));
    expect(weight.persimmon).toBeGreaterThan(weight.trade!);
  });

  it('counts a word the corpus never uses against the match, at the largest weight', () => {
    const q = analyzeQuery(index, 'persimmons zzyzx');
    const unknown = q.terms.find((t) => !t.known)!;
    expect(unknown.term).toBe('zzyzx');
    expect(unknown.weight).toBeCloseTo(idf(index.retriever.size, 0));
  });

  it('counts an English word the corpus never uses at a share of the largest weight, and a name at all of it', () => {
    const q = analyzeQuery(index, 'persimmons sadly zzyzx');
    const weight = Object.fromEntries(q.terms.map((t) => [t.term, t.weight]));
    expect(weight.zzyzx).toBeCloseTo(idf(index.retriever.size, 0));
    expect(weight.sadli).toBeCloseTo(idf(index.retriever.size, 0) * UNKNOWN_ENGLISH_WORD_FACTOR);
  });
});

describe('words of a word’s other senses', () => {
  let small: SearchIndex;
  beforeAll(async () => {
    small = await tempIndex({
      ...otherArticles(),
      'cap.md': article({ title: 'Investment', publisher: 'Wire', date: '1967-06-06' }, 'Japan set a cap of 50 percent on foreign ownership of existing companies.'),
    });
  });
  const ceiling = () => analyzeQuery(small, 'what is the ceiling on foreign ownership of existing companies').terms.find((t) => t.term === 'ceil')!;

  it('credits a word no article uses in a passage that writes a word of another of its senses ("ceiling" → cap)', () => {
    expect(ceiling().alternatives).toContainEqual({ term: 'cap', credit: OTHER_SENSE_CREDIT, otherSense: true });
    const passage = [...small.passages.values()].find((p) => p.text.includes('cap of 50 percent'))!;
    const q = analyzeQuery(small, 'what is the ceiling on foreign ownership of existing companies');
    expect(coverageOf(small, q, passage).matched).toContain('ceil');
  });

  it('leaves such a word as heavy as a word no article uses, so a passage without the other sense gains nothing', () => {
    expect(ceiling()).toMatchObject({ known: false });
    // A ceiling is a thing (WordNet's artifact), so it weighs fully, as "sushi" would.
    expect(ceiling().weight).toBeCloseTo(idf(small.retriever.size, 0));
  });

  it('does not search for it: a question of only that word finds nothing', () => {
    expect(rankPassages(small, analyzeQuery(small, 'ceiling'))).toEqual([]);
  });

  it('gives no other sense to a word the articles use in its first sense’s forms', async () => {
    const withCeiling = await tempIndex({ ...otherArticles(), 'c.md': article({ title: 'C', publisher: 'Wire', date: '2019-01-01' }, 'The ceiling of the hall is high. Japan set a cap on imports.') });
    const term = analyzeQuery(withCeiling, 'ceiling on imports').terms.find((t) => t.term === 'ceil')!;
    expect(term.alternatives.some((a) => a.otherSense)).toBe(false);
  });
});

describe('a kindred verb of a verb the articles use', () => {
  let small: SearchIndex;
  beforeAll(async () => {
    small = await tempIndex({
      ...otherArticles(),
      'shares.md': article({ title: 'Trading houses', publisher: 'Wire', date: '2020-08-31' }, 'Shares of the five trading houses climbed as much as 11 percent in early trading.'),
      'move.md': article({ title: 'Yen', publisher: 'Wire', date: '2020-09-01' }, 'The central bank did not move its rates.'),
    });
  });
  const question = 'did the trading house shares move';
  const move = () => analyzeQuery(small, question).terms.find((t) => t.term === analyze('move')[0])!;

  it('credits the verb in a passage that tells its event in a kindred verb ("move" → climbed)', () => {
    expect(move().alternatives).toContainEqual({ term: analyze('climb')[0], credit: VERB_KIN_CREDIT, otherSense: true });
    const passage = [...small.passages.values()].find((p) => p.text.includes('climbed'))!;
    expect(coverageOf(small, analyzeQuery(small, question), passage).matched).toContain(move().term);
  });

  it('does not search for the kindred verb', () => {
    const found = rankPassages(small, analyzeQuery(small, 'move')).map((r) => r.passage.text);
    expect(found.some((t) => t.includes('climbed'))).toBe(false);
  });

  it('offers a noun no verb it is a kind of ("steel" is no "brace")', () => {
    const steel = analyzeQuery(small, 'steel shares').terms.find((t) => t.term === analyze('steel')[0]);
    expect(steel?.alternatives.map((a) => a.term) ?? []).not.toContain(analyze('brace')[0]);
  });
});

describe('what a word no article uses is a kind of', () => {
  let small: SearchIndex;
  beforeAll(async () => {
    small = await tempIndex({
      ...otherArticles(),
      'devices.md': article({ title: 'Tobacco', publisher: 'Wire', date: '2020-01-06' }, 'Philip Morris will make the heating devices and Japan Tobacco the tobacco sticks.'),
    });
  });
  const question = 'who will make the gadgets for japan tobacco';
  const gadget = () => analyzeQuery(small, question).terms.find((t) => t.term === 'gadget')!;

  it('credits the word in a passage that writes its hypernym ("gadgets" → devices)', () => {
    expect(gadget().alternatives).toContainEqual({ term: 'devic', credit: HYPERNYM_CREDIT, otherSense: true });
    const passage = [...small.passages.values()].find((p) => p.text.includes('heating devices'))!;
    expect(coverageOf(small, analyzeQuery(small, question), passage).matched).toContain('gadget');
  });

  it('credits a hypernym two levels up ("haggling" → negotiation)', async () => {
    const talks = await tempIndex({ ...otherArticles(), 'tv.md': article({ title: 'TV', publisher: 'Wire', date: '1977-05-20' }, 'Strauss led the negotiations with Tokyo over color televisions.') });
    const term = analyzeQuery(talks, 'who did the haggling with tokyo over televisions').terms.find((t) => t.term === 'haggl')!;
    expect(term.alternatives).toContainEqual({ term: 'negoti', credit: HYPERNYM_CREDIT, otherSense: true });
  });

  it('leaves the word unknown and does not search for its hypernym', () => {
    expect(gadget()).toMatchObject({ known: false });
    expect(rankPassages(small, analyzeQuery(small, 'gadgets'))).toEqual([]);
  });
});

describe('words nearest by word vectors, for a word no article uses', () => {
  let small: SearchIndex;
  beforeAll(async () => {
    small = await tempIndex({
      ...otherArticles(),
      'baker.md': article({ title: 'Koizumi', publisher: 'Wire', date: '2006-06-29' }, 'Ambassador Howard Baker greeted Koizumi at the base. Toshiba bought the unit, and sold its chip arm later, and the automaker agreed in the morning.'),
    });
  });
  const term = (q: string, word: string) => analyzeQuery(small, q).terms.find((t) => t.term === analyze(word)[0])!;

  it('credits a word WordNet has no path for in a passage that writes its neighbour ("envoy" → ambassador)', () => {
    const envoy = term('who is the us envoy that greeted koizumi', 'envoy');
    expect(envoy.alternatives).toContainEqual({ term: analyze('ambassador')[0], credit: VECTOR_CREDIT, otherSense: true });
    const passage = [...small.passages.values()].find((p) => p.text.includes('Ambassador'))!;
    expect(coverageOf(small, analyzeQuery(small, 'who is the us envoy that greeted koizumi'), passage).matched).toContain(envoy.term);
  });

  it('leaves the word unknown and does not search for its neighbour', () => {
    expect(term('envoy', 'envoy')).toMatchObject({ known: false });
    expect(rankPassages(small, analyzeQuery(small, 'envoy'))).toEqual([]);
  });

  it('offers no neighbour that WordNet gives as the opposite of a nearer one ("acquire" → buy, not sell)', () => {
    const terms = term('when did toshiba acquire the unit', 'acquire').alternatives.map((a) => a.term);
    expect(terms).toContain(analyze('buy')[0]);
    expect(terms).not.toContain(analyze('sell')[0]);
  });

  it('offers no neighbour for a place, which vectors rate alike with other places ("toyota" is no "automaker")', () => {
    expect(term('what did toyota say', 'toyota').alternatives.map((a) => a.term)).not.toContain(analyze('automaker')[0]);
  });

  it('offers no neighbour for a time, which vectors rate alike with other times ("night" is no "morning")', () => {
    expect(term('what did baker say at night', 'night').alternatives.map((a) => a.term)).not.toContain(analyze('morning')[0]);
  });
});

describe('years the articles are dated in', () => {
  it('counts a year no passage writes as known, weighed by the passages of articles dated in it, not as a word no article uses', async () => {
    const small = await tempIndex({
      'talks.md': article({ title: 'Talks', publisher: 'Wire', date: '2019-01-30' }, 'Japan and the United States held trade talks on Tuesday.'),
      'other.md': article({ title: 'Other', publisher: 'Wire', date: '2017-04-18' }, 'Pence visited Tokyo on Tuesday.'),
    });
    const year = (q: string) => analyzeQuery(small, q).terms.find((t) => t.term === '2019');
    expect(year('trade talks in 2019')).toMatchObject({ known: true });
    expect(year('trade talks in 2019')!.weight).toBeLessThan(idf(small.retriever.size, 0));
    expect(analyzeQuery(small, 'trade talks in 2031').terms.find((t) => t.term === '2031')).toMatchObject({ known: false });
  });
});

describe('words written together', () => {
  it('reads a word the corpus lacks as the two corpus words it is written from', () => {
    expect(analyzeQuery(index, 'insiderstories').terms.map((t) => t.term)).toEqual(analyzeQuery(index, 'insider stories').terms.map((t) => t.term));
  });

  it('weighs the parts of a word written as one as that one word: "airbags" counts half as much as "air bags"', async () => {
    const small = await tempIndex({
      'bags.md': article({ title: 'Takata', publisher: 'Wire', date: '2017-06-26' }, 'Takata made air bags and seat belts. Its inflators can explode in heat.'),
      'other.md': article({ title: 'Other', publisher: 'Wire', date: '2017-06-27' }, 'The air was cold. A bag was lost.'),
    });
    const weights = (q: string) => Object.fromEntries(analyzeQuery(small, q).terms.map((t) => [t.term, t.weight]));
    const one = weights('airbags');
    const two = weights('air bags');
    expect(Object.keys(one)).toEqual(Object.keys(two));
    for (const term of Object.keys(two)) expect(one[term]).toBeCloseTo(two[term]! / 2);
  });

  it('weighs a part fully when the question also writes it as a word of its own ("airbags and air cargo")', async () => {
    const small = await tempIndex({
      'bags.md': article({ title: 'Takata', publisher: 'Wire', date: '2017-06-26' }, 'Takata made air bags and seat belts. Its inflators can explode in heat.'),
      'other.md': article({ title: 'Other', publisher: 'Wire', date: '2017-06-27' }, 'The air was cold. A bag was lost. Planes carry air cargo.'),
    });
    const terms = (q: string) => Object.fromEntries(analyzeQuery(small, q).terms.map((t) => [t.term, t]));
    const alone = terms('air cargo');
    for (const q of ['airbags and air cargo', 'air cargo and airbags']) {
      const both = terms(q);
      expect(both.air?.weight, q).toBeCloseTo(alone.air!.weight);
      expect(both.air?.share, q).toBeUndefined();
      expect(both.bag?.weight, q).toBeCloseTo(terms('air bags').bag!.weight / 2);
    }
  });

  it('keeps an English word whose synonym the corpus uses whole: "callbacks" is a recall, not a call and a back', async () => {
    const small = await tempIndex({
      'recall.md': article({ title: 'Recall', publisher: 'Wire', date: '2017-06-26' }, 'Honda began the first recalls in 2008. Officials will call back later.'),
    });
    const [term] = analyzeQuery(small, 'callbacks').terms;
    expect(term?.term).toBe('callback');
    expect(term?.alternatives.map((a) => a.term)).toContain(analyze('recall')[0]);
  });

  it('reads two words the corpus writes as one as that one word ("law makers" for "lawmakers")', () => {
    expect(analyzeQuery(index, 'law makers').terms.map((t) => t.term)).toEqual(analyzeQuery(index, 'lawmakers').terms.map((t) => t.term));
  });

  it('joins no two words whose joined form the corpus lacks', () => {
    expect(analyzeQuery(index, 'trade zqxv').terms.map((t) => t.term)).toEqual(['trade', 'zqxv']);
  });

  it('leaves a word alone when no split gives two corpus words', () => {
    expect(analyzeQuery(index, 'zzyzxquokka').terms.map((t) => t.term)).toEqual(['zzyzxquokka']);
  });
});

describe('lexical alternatives (WordNet)', () => {
  it('finds a passage through a derived form the question does not use', () => {
    // The article says "bankruptcy"; the question says "bankrupt".
    const query = analyzeQuery(index, 'which unit went bankrupt?');
    const bankrupt = query.terms.find((t) => t.term === 'bankrupt')!;
    expect(bankrupt.alternatives).toContainEqual({ term: 'bankruptci', credit: DERIVED_CREDIT });
    expect(rankPassages(index, query)[0]!.passage.text).toContain('bankruptcy of Toshiba');
  });

  it('finds a passage through a synonym the question does not use', () => {
    const query = analyzeQuery(index, 'which nations besides the US were in the TPP?');
    expect(query.terms.find((t) => t.term === 'nation')!.alternatives).toContainEqual({ term: 'countri', credit: SYNONYM_CREDIT });
  });

  it('finds farming through farmers, a derived form, now that the vocabulary no longer makes them one word', () => {
    const farmer = analyzeQuery(index, 'what do american farmers want').terms.find((t) => t.term === 'farmer')!;
    expect(farmer.alternatives).toContainEqual({ term: 'farm', credit: DERIVED_CREDIT });
  });

  it('finds a fact told from the other side: "who owns the park?" through "the park belongs to Oriental Land"', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'disney.md': article({ title: 'Tokyo Disneyland opens', publisher: 'Wire', date: '1983-04-15' }, 'The park belongs not to Disney but to Oriental Land Co., a developer set up in 1960.'),
    });
    const owns = analyzeQuery(small, 'who owns tokyo disneyland?').terms.find((t) => t.term === 'own')!;
    expect(owns.alternatives).toContainEqual({ term: analyze('belongs')[0]!, credit: SYNONYM_CREDIT });
    expect(answer(small, 'who owns the park?').text).toContain('Oriental Land');
  });

  it('finds a form WordNet relates to the word only through another derived form: "ownership" through owner to "owned"', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'bank.md': article(
        { title: 'Japanese bank sells U.S. lender', publisher: 'Wire', date: '2021-09-21' },
        'The Tokyo group made the California lender a wholly owned subsidiary in 2008, paying about $3.5 billion for the third it did not already have.\n\nForeign ownership of U.S. banks drew little notice then.',
      ),
    });
    const ownership = analyzeQuery(small, 'when did the tokyo group take full ownership of the california lender?').terms.find((t) => t.term === analyze('ownership')[0])!;
    expect(ownership.alternatives).toContainEqual({ term: analyze('owned')[0]!, credit: SIBLING_DERIVED_CREDIT });
  });

  it('offers no such form for a word the articles never use, whose alternatives alone would stand for it ("sign" is no "significant")', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'merger.md': article({ title: 'Judge clears merger', publisher: 'Wire', date: '2020-02-12' }, 'The ruling was a significant win for the two carriers.'),
    });
    const sign = analyzeQuery(small, 'what sign-off does the merger still need?').terms.find((t) => t.term === analyze('sign')[0])!;
    expect(sign.alternatives.map((a) => a.term)).not.toContain(analyze('significant')[0]);
  });

  it('offers no converse for buying and selling, which every deal article writes both of', () => {
    const sell = analyzeQuery(index, 'who is selling the unit?').terms.find((t) => t.term === analyze('selling')[0])!;
    expect(sell.alternatives.map((a) => a.term)).not.toContain(analyze('buy')[0]);
  });

  it('gives an alternative less credit than the word itself', () => {
    const exact = rankPassages(index, analyzeQuery(index, 'bankruptcy Westinghouse'))[0]!;
    const derived = rankPassages(index, analyzeQuery(index, 'bankrupt Westinghouse'))[0]!;
    expect(derived.passage.id).toBe(exact.passage.id);
    expect(derived.coverage).toBeLessThan(exact.coverage);
  });

  it('lets a country stand for its adjective, which WordNet derives from it ("Canadian" for Canada)', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Wheat', publisher: 'Wire', date: '2019-02-01' }, 'The markup is being trimmed for Canadian wheat, leaving U.S. wheat at a disadvantage.'),
    });
    const canada = analyzeQuery(small, 'how big is the wheat price gap vs canada?').terms.find((t) => t.term === 'canada')!;
    expect(canada.alternatives).toContainEqual({ term: 'canadian', credit: DERIVED_CREDIT });
  });

  it('finds a passage through the adjective an adverb is formed from ("reportedly" for "reported")', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Talks', publisher: 'Wire', date: '2025-05-26' }, 'Japan is reported to be offering cooperation on shipbuilding to break the deadlock.'),
      'b.md': article({ title: 'Talks again', publisher: 'Wire', date: '2025-05-27' }, 'Japan is offering more talks on shipbuilding.'),
    });
    const query = analyzeQuery(small, 'what is japan reportedly offering on shipbuilding?');
    expect(query.terms.find((t) => t.term === 'reportedli')!.alternatives).toContainEqual({ term: 'report', credit: DERIVED_CREDIT });
    expect(rankPassages(small, query)[0]!.passage.text).toContain('is reported to be offering');
  });

  it('reads "who runs X?" as asking for its head, whom the articles name by a title, but not "who is running the talks?"', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Mazda plant', publisher: 'Wire', date: '2017-08-04' }, 'Mazda President Masamichi Kogai said the plant marks a return to American production.'),
      'b.md': article({ title: 'Chips', publisher: 'Wire', date: '2023-10-03' }, 'The United States is running its own subsidy program for chip plants, Mazda suppliers said.'),
    });
    const runs = analyzeQuery(small, 'who runs mazda');
    expect(runs.terms.find((t) => t.term === 'run')!.alternatives).toContainEqual({ term: analyze('president')[0]!, credit: SYNONYM_CREDIT });
    expect(rankPassages(small, runs).find((r) => r.passage.text.includes('Masamichi Kogai'))!.coverage).toBeGreaterThan(0.5);
    const talks = analyzeQuery(small, 'who is running the trade negotiations for mazda');
    expect(talks.terms.find((t) => t.term === 'run')!.alternatives).not.toContainEqual({ term: analyze('president')[0]!, credit: SYNONYM_CREDIT });
  });

  it('reads "who is the head of X?" and "who\'s the boss of X?" as "who heads X?", but not the head of an activity', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Mazda plant', publisher: 'Wire', date: '2017-08-04' }, 'Mazda President Masamichi Kogai said the plant marks a return to American production.'),
      'b.md': article({ title: 'Suppliers', publisher: 'Wire', date: '2017-08-05' }, 'Mazda suppliers said the plant would open in 2021.'),
    });
    const president = { term: analyze('president')[0]!, credit: SYNONYM_CREDIT };
    const head = analyzeQuery(small, 'who is the head of mazda?');
    expect(head.terms.find((t) => t.term === 'head')!.alternatives).toContainEqual(president);
    expect(rankPassages(small, head).find((r) => r.passage.text.includes('Masamichi Kogai'))!.coverage).toBeGreaterThan(0.5);
    expect(analyzeQuery(small, "who's the boss of mazda").terms.find((t) => t.term === 'boss')!.alternatives).toContainEqual(president);
    expect(analyzeQuery(small, 'who is the head of the negotiations?').terms.find((t) => t.term === 'head')!.alternatives).not.toContainEqual(president);
  });

  it('reads "who\'s X\'s boss?" as "who heads X?", but not "who\'s his boss?": a person\'s boss heads no body', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Mazda plant', publisher: 'Wire', date: '2017-08-04' }, 'Mazda President Masamichi Kogai said the plant marks a return to American production.'),
    });
    const president = { term: analyze('president')[0]!, credit: SYNONYM_CREDIT };
    const titles = (q: string, word: string) => analyzeQuery(small, q).terms.find((t) => t.term === analyze(word)[0])!.alternatives;
    expect(titles("who's mazda's boss?", 'boss')).toContainEqual(president);
    expect(titles("who is the union's leader", 'leader')).toContainEqual(president);
    expect(titles("who's his boss?", 'boss')).not.toContainEqual(president);
  });

  it('does not read "who heads to tokyo?" or "who ran for president?" as asking for a head: the verb has no object', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Mazda plant', publisher: 'Wire', date: '2017-08-04' }, 'Mazda President Masamichi Kogai heads a company that runs plants in Tokyo and leads in sales.'),
    });
    const president = { term: analyze('president')[0]!, credit: SYNONYM_CREDIT };
    for (const [question, verb] of [
      ['who heads to tokyo next week', 'head'],
      ['who is heading back to tokyo?', 'head'],
      ['who ran for president', 'run'],
      ['who is leading in the polls', 'lead'],
    ] as const) {
      expect(analyzeQuery(small, question).terms.find((t) => t.term === verb)!.alternatives, question).not.toContainEqual(president);
    }
    expect(analyzeQuery(small, 'who heads up mazda').terms.find((t) => t.term === 'head')!.alternatives).toContainEqual(president);
    // "it" is a pronoun, not IT (information technology, an activity).
    expect(analyzeQuery(small, 'who runs it?').terms.find((t) => t.term === 'run')!.alternatives).toContainEqual(president);
  });

  it('finds a phrasal verb through its one-word synonym ("took over" for "assumed")', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'New minister', publisher: 'Wire', date: '2019-09-12' }, 'Yasutoshi Nishimura assumed the post of economy minister on Wednesday.'),
    });
    const query = analyzeQuery(small, 'who took over as economy minister?');
    expect(query.terms.find((t) => t.term === 'take_over')!.alternatives).toContainEqual({ term: 'assum', credit: SYNONYM_CREDIT });
  });

  it('counts a phrasal verb no passage uses against an answer as an unknown English word, not as a name', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Ministers', publisher: 'Wire', date: '2019-09-12' }, 'Economy Minister Toshimitsu Motegi met reporters in Tokyo on Wednesday.'),
    });
    const terms = analyzeQuery(small, 'who took over from motegi zyxwv?').terms;
    const phrasal = terms.find((t) => t.term === 'take_over')!;
    const unknownName = terms.find((t) => t.term === 'zyxwv')!;
    expect(phrasal.known).toBe(false);
    expect(phrasal.weight).toBeCloseTo(unknownName.weight * UNKNOWN_ENGLISH_WORD_FACTOR);
  });

  it('gives a word the articles use as a name none of the dictionary word\'s synonyms ("August" is no "grand", "March" no "process")', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Talks', publisher: 'Wire', date: '2019-09-12' }, 'Talks resumed in August and again in March. A grand process of review began, as the Treasury said.'),
      'b.md': article({ title: 'More talks', publisher: 'Wire', date: '2019-10-12' }, 'In August the Treasury met. By March the Treasury had agreed.'),
    });
    for (const [word, synonym] of [['august', 'grand'], ['march', 'process']] as const) {
      const term = analyzeQuery(small, `what happened in ${word}?`).terms.find((t) => t.term === analyze(word)[0])!;
      expect(term.name).toBe(true);
      expect(term.alternatives.map((a) => a.term)).not.toContain(analyze(synonym)[0]);
    }
  });

  it('never lets a synonym stand for a name', () => {
    // WordNet's "best" (the verb) has the synonym "trump"; Trump is a name in these articles.
    const best = analyzeQuery(index, 'best').terms[0]!;
    expect(best.alternatives.map((a) => a.term)).not.toContain('trump');
  });
});

describe('proximity', () => {
  const passage = (text: string) => ({ id: `x#${text.length}`, articleId: 'x', position: 0, text });

  it('gives full credit to question words that stand together only when they share a sentence', () => {
    const query = analyzeQuery(index, 'persimmons potatoes');
    const together = coverageOf(index, query, passage('Japan lifted its ban on persimmons and potatoes last year.'));
    const apart = coverageOf(index, query, passage('Japan lifted its ban on persimmons last year. Officials also talked about potatoes.'));
    expect(together.coverage).toBeGreaterThan(apart.coverage);
    expect(apart.coverage).toBeGreaterThan(0);
  });
});

describe('pruning of terms too common to search with', () => {
  const question = 'What restrictions did the two countries lift on potatoes and persimmons?';

  it('searches with the rarest terms within the postings budget', () => {
    const known = analyzeQuery(index, question).terms.filter((t) => t.known).map((t) => t.term);
    const searched = retrievalTerms(index, known, 3);
    const byRarity = [...known].sort((a, b) => index.retriever.documentFrequency(a) - index.retriever.documentFrequency(b));
    expect(searched[0]).toBe(byRarity[0]);
    expect(searched.reduce((n, t) => n + index.retriever.documentFrequency(t), 0)).toBeLessThanOrEqual(3);
    expect(searched.length).toBeLessThan(known.length);
  });

  it('searches with nothing, and so finds nothing, when even the rarest term is over the budget', () => {
    const query = analyzeQuery(index, 'japan trade');
    const rarest = Math.min(...query.terms.map((t) => index.retriever.documentFrequency(t.term)));
    expect(retrievalTerms(index, query.terms.map((t) => t.term), rarest - 1)).toEqual([]);
    expect(rankPassages(index, query, { maxScoredPostings: rarest - 1 })).toEqual([]);
    expect(rankPassages(index, query, { maxScoredPostings: rarest }).length).toBeGreaterThan(0);
  });

  it('still finds the answering passage, with the same coverage, when common terms are pruned', () => {
    const query = analyzeQuery(index, question);
    const full = rankPassages(index, query)[0]!;
    const pruned = rankPassages(index, query, { maxScoredPostings: 3 })[0]!;
    expect(pruned.passage.id).toBe(full.passage.id);
    expect(pruned.coverage).toBeCloseTo(full.coverage, 6);
  });
});
