import { beforeAll, describe, expect, it } from 'vitest';
import { balancedQuotes, composeAnswer, isFurniture, needsSentenceBefore, pointsBack, withoutMentions } from '../src/compose.ts';
import { datelinePlace, quotable } from '../src/dateline.ts';
import { prepareQuestion } from '../src/question.ts';
import { analyzeQuery, rankPassages } from '../src/rank.ts';
import { answer, type SearchIndex } from '../src/index.ts';
import { MISSING_ANSWER_TYPE_FACTOR } from '../src/answer.ts';
import { article, otherArticles, realIndex, tempIndex } from './helpers/corpus.ts';

/** Five short articles of the given date about trade in general: beside them a question's words are rare enough to rank by. */
const fillerArticles = (date: string): Record<string, string> =>
  Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`f${n}.md`, article({ title: `Filler ${n}`, publisher: 'Wire', date }, `Japan and the United States traded goods in week ${n}.`)]));

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe('what a sentence gives beyond the question', () => {
  it('drops a whole name the question mentions, title and first name included', () => {
    expect(withoutMentions('Economy Minister Toshimitsu Motegi met Yasutoshi Nishimura.', new Set(['motegi']))).toBe('  met Yasutoshi Nishimura.');
  });

  it('drops the numbers the question mentions and keeps the others', () => {
    expect(withoutMentions('In 2019 Japan bought 2,500 tonnes.', new Set(['2019']))).toBe('In   Japan bought 2,500 tonnes.');
  });

  it('quotes, for "who … after X?", a sentence naming someone other than X', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Cabinet reshuffle', publisher: 'Wire', date: '2019-09-11' },
        'Economy Minister Toshimitsu Motegi led the economy talks for a year. In September the economy post went to Yasutoshi Nishimura.',
      ),
    });
    const a = answer(small, 'who led the economy talks after motegi?', { maxSentences: 1 });
    expect(a.text).toContain('Nishimura');
  });
});

describe('sentence choice', () => {
  it('leads a "which" question about several things with the sentence that names them in a series', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Minerals deal', publisher: 'Wire', date: '2023-03-28' },
        'Japan and the United States signed a deal on critical minerals for electric vehicle batteries. The deal covers lithium, nickel, cobalt, graphite and manganese.',
      ),
    });
    const a = answer(small, 'which minerals does the critical minerals deal with japan cover?', { maxSentences: 1 });
    expect(a.text).toContain('lithium, nickel, cobalt');
  });

  it('cuts the dateline from the front of a quote', () => {
    expect(quotable('JAKARTA (TheInsiderStories) – Japan and the United States will hold talks.')).toBe('Japan and the United States will hold talks.');
    expect(quotable('TOKYO (Practice Wire) - President Donald Trump left Japan.')).toBe('President Donald Trump left Japan.');
    expect(quotable('September 27, 2018 – The United States and Japan agreed.')).toBe('The United States and Japan agreed.');
    expect(quotable('U.S. officials said so.')).toBe('U.S. officials said so.');
  });

  it('cuts a dateline that names the state, the country or the day after the place', () => {
    expect(quotable('PALM BEACH, Fla. (Practice Wire) - Abe and Trump agreed.')).toBe('Abe and Trump agreed.');
    expect(quotable('BIARRITZ, France (Practice Wire) - Trump and Abe said so.')).toBe('Trump and Abe said so.');
    expect(quotable('TOKYO, June 4 (Reuters) - Japan will hold talks.')).toBe('Japan will hold talks.');
    expect(quotable('WASHINGTON, Sept. 27, 2018 (Reuters) — The two sides agreed.')).toBe('The two sides agreed.');
  });

  it('reads the place from a dateline, without the day', () => {
    expect(datelinePlace('PALM BEACH, Fla. (Practice Wire) - Abe and Trump agreed.')).toBe('Palm Beach, Fla.');
    expect(datelinePlace('TOKYO, June 4 (Reuters) - Japan will hold talks.')).toBe('Tokyo');
    expect(datelinePlace('September 27, 2018 – The United States and Japan agreed.')).toBeUndefined();
    expect(datelinePlace('Japan will hold talks.')).toBeUndefined();
  });

  it('tells a "where" question the place a quote was filed from, which its dateline gave', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Leaders agree in principle', publisher: 'Wire', date: '2019-08-25' },
        'BIARRITZ, France (Wire) - The two leaders agreed in principle on the core of a trade deal on Sunday.',
      ),
    });
    const a = answer(small, 'where did the leaders agree the trade deal in principle?');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]?.text).toBe('The two leaders agreed in principle on the core of a trade deal on Sunday.');
    expect(a.text).toContain('Source [1] was filed from Biarritz, France.');
  });

  it('does not count the dateline as the place asked for: the story was filed there, the offices may be anywhere', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'merrill.md': article(
        { title: 'Merrill to open offices', publisher: 'Wire', date: '1998-02-13' },
        'TOKYO (Wire) - Merrill Lynch said on Thursday it would hire 2,000 Yamaichi employees and open 31 offices across Japan.',
      ),
    });
    const a = answer(small, "which cities will merrill's 31 japan offices be in");
    expect(a.confidence).toBeLessThanOrEqual(MISSING_ANSWER_TYPE_FACTOR);
  });

  it('declines a question for a date or a figure when no sentence it would quote gives one', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'plant.md': article(
        { title: 'Bridgestone buys Firestone', publisher: 'Wire', date: '1988-03-18' },
        'Bridgestone bought the La Vergne truck tire plant from Firestone in 1983 and has run it since. The plant makes truck and bus tires for American fleets.',
      ),
    });
    const a = answer(small, 'how much did bridgestone pay for the la vergne truck tire plant?');
    expect(a.status).toBe('no_answer');
    expect(answer(small, 'when did bridgestone buy the la vergne truck tire plant?').status).toBe('answered');
  });

  it('leaves a capitalised word followed by a long run of spaces and no dash as it is', () => {
    const text = `TOKYO${' '.repeat(200_000)}talks`;
    expect(quotable(text)).toBe(text);
    expect(datelinePlace(text)).toBeUndefined();
  });

  it('keeps a sentence that only opens with a name and a comma', () => {
    expect(quotable('Tokyo, for its part, wants a deal - soon.')).toBe('Tokyo, for its part, wants a deal - soon.');
    expect(quotable('USTR, the trade office, said the talks - the first - went well.')).toBe('USTR, the trade office, said the talks - the first - went well.');
  });

  it('takes credit, copyright and correction lines for page furniture, not for sentences to quote', () => {
    for (const line of [
      'Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.',
      'Copyright 2019 The Associated Press. All rights reserved.',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'This story has been corrected to show that the talks began in April.',
      '(Reporting by Kiyoshi Takenaka; Editing by Kim Coghill)',
    ]) {
      expect(isFurniture(line), line).toBe(true);
    }
    expect(isFurniture('The two sides agreed to report back to their leaders by the end of the year.')).toBe(false);
  });

  it('tells balanced quotation marks from a quotation left open', () => {
    expect(balancedQuotes('He said the talks were “a first step” in the partnership.')).toBe(true);
    expect(balancedQuotes('“We need to agree on a viable agenda for the dialogue.')).toBe(false);
    expect(balancedQuotes('He called it "great."')).toBe(true);
  });

  it('quotes no sentence with an unbalanced quotation mark', () => {
    for (const q of ['why doesn’t tokyo expect concrete results from round one?', 'what did pence say about the tpp?', 'what did trump say at the outset of the meeting?']) {
      for (const s of answer(index, q).sentences) expect(balancedQuotes(s.text), s.text).toBe(true);
    }
  });

  it('never quotes a dateline', () => {
    const a = answer(index, 'when will the working-level talks be held?');
    expect(a.status).toBe('answered');
    expect(a.text).not.toContain('(TheInsiderStories) –');
  });

  it('lists only the sources the quotes cite', () => {
    for (const q of ['what does japan want to avoid in a trade deal?', 'korus?', 'what did abe say about north korea?']) {
      const a = answer(index, q);
      const cited = new Set(a.sentences.map((s) => s.citation));
      expect(a.citations.map((c) => c.n).sort()).toEqual([...cited].sort());
    }
  });

  it('quotes the sentence that says what the question asks, not the one that sets its scene', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'US and Japan hold economic dialogue', publisher: 'Wire', date: '2017-10-17' },
        'The second economic dialogue was held in Tokyo in October 2017, where Japan agreed to keep talking. Japan agreed to streamline testing for US auto exports.',
      ),
      'b.md': article({ title: 'Beef exports', publisher: 'Wire', date: '2017-10-18' }, 'Japan buys more US beef than any other country.'),
    });
    const a = answer(small, 'what did japan agree to on us car exports at the second economic dialogue in oct 2017?', { maxSentences: 1 });
    expect(a.text).toContain('streamline testing');
  });

  it('still places the question by a name no dictionary knows, though it stands in the frame', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Golf diplomacy', publisher: 'Wire', date: '2017-11-06' },
        'Trump and Abe played golf with Isao Aoki at Mobara last time. The leaders played a round of golf at Kasumigaseki, joined by Hideki Matsuyama.',
      ),
      'b.md': article({ title: 'Summit', publisher: 'Wire', date: '2017-11-07' }, 'Trump and Abe met at the palace, and Trump thanked Abe.'),
    });
    const a = answer(small, 'who played golf with trump and abe at kasumigaseki', { maxSentences: 1 });
    expect(a.text).toContain('Matsuyama');
  });

  it('does not count a name of the frame as missing when the passage quoted from holds it', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Farm talks', publisher: 'Wire', date: '2019-08-02' },
        'The talks in Osaka ran for two days. Motegi said Japan would protect its farmers.',
      ),
      ...fillerArticles('2019-08-01'),
    });
    const question = prepareQuestion('what did motegi say about farmers in the osaka talks?');
    const query = analyzeQuery(small, question.text);
    const composed = composeAnswer(small, question, query, rankPassages(small, query), undefined, { maxSentences: 1 });
    expect(composed.sentences.map((s) => s.text)).toEqual(['Motegi said Japan would protect its farmers.']);
    expect(composed.missingNames).toBe(0);
  });

  it('quotes a lead that points back ("those words") with the sentence it points to', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Summit', publisher: 'Wire', date: '2018-04-19' },
        'Abe said the two sides would start discussions for free, fair and reciprocal trade. The new talks, known as the FFR talks after the first letters of those words, will be led by Motegi.',
      ),
      ...fillerArticles('2018-04-01'),
    });
    const a = answer(small, 'what letters are the FFR talks known after?');
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Abe said the two sides would start discussions for free, fair and reciprocal trade.',
      'The new talks, known as the FFR talks after the first letters of those words, will be led by Motegi.',
    ]);
  });

  it('tells a lead whose subject is a pronoun from one that names its own subject', () => {
    for (const s of [
      'It has argued that currency moves and export volumes no longer correlate.',
      'Known formally as the Agreement on Strengthening Critical Minerals Supply Chains, it entered into force as soon as it was signed.',
      '“It can only be better,” he said.',
      'That was down 8.1 percent compared with 2017.',
    ])
      expect(needsSentenceBefore(s), s).toBe(true);
    for (const s of [
      'Japan, though, wants to avoid any clause that might tie the Bank of Japan’s hands.',
      'The U.S. auto industry has also opposed the tariffs, warning they would raise the cost of parts.',
      'In Tokyo, Economy Minister Toshimitsu Motegi said it was a first step.',
    ])
      expect(needsSentenceBefore(s), s).toBe(false);
  });

  it('does not take a pronoun for one that needs the sentence before when its antecedent is in the sentence, or when it has none', () => {
    for (const s of [
      'If Japan decides to invoke the safeguard, it will offer talks first.',
      'When Abe met Trump in Osaka, he said the deal was near.',
      'It is expected that the talks resume in September.',
      'It was not immediately clear whether Tokyo would retaliate.',
      'That same day, Abe flew home.',
    ])
      expect(needsSentenceBefore(s), s).toBe(false);
  });

  it('does not add a sentence before that itself names nothing', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Korus', publisher: 'Wire', date: '2017-04-18' },
        'Pence spoke in Seoul. “The deficit has more than doubled,” he said. “Our businesses face too many barriers to entry,” he said.',
      ),
      ...fillerArticles('2017-04-01'),
    });
    const a = answer(small, 'what barriers to entry do businesses face?', { maxSentences: 2 });
    expect(a.sentences.map((s) => s.text)).toEqual(['“Our businesses face too many barriers to entry,” he said.']);
  });

  it('quotes, for "who wrote", the byline and the sentence that matched, not the one before it', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Minerals pact', publisher: 'Wire', date: '2023-03-29', author: 'Jane Reporter' },
        'Japan signed a deal on batteries. It lets minerals processed in Japan count toward the clean car tax credit.',
      ),
      ...fillerArticles('2023-03-01'),
    });
    const a = answer(small, 'who wrote the story about minerals processed in japan counting toward the clean car tax credit?');
    expect(a.sentences.map((s) => s.text)).toEqual([expect.stringContaining('was written by Jane Reporter'), expect.stringContaining('It lets minerals processed in Japan')]);
  });

  it('works out the relative date of the sentence that answers, not of the one quoted before it', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Talks', publisher: 'Wire', date: '2019-04-19' },
        'The delegations sat down at the trade office on Monday morning. They agreed on Thursday to begin negotiations on trade in goods, Motegi said.',
      ),
      ...fillerArticles('2019-04-01'),
    });
    const a = answer(small, 'when did motegi agree to begin negotiations on trade in goods?');
    expect(a.sentences.map((s) => s.text)).toContain('They agreed on Thursday to begin negotiations on trade in goods, Motegi said.');
    expect(a.notes.join(' ')).toContain('"on Thursday" there means April 18, 2019');
  });

  it('never quotes a sentence twice, alone and inside the quotation it belongs to', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Deal in principle', publisher: 'Wire', date: '2019-08-26' },
        'The two leaders made the announcement together at the summit. "It\'s a very big transaction, and we\'ve agreed in principle. It\'s billions and billions of dollars. Tremendous for the farmers," Trump told reporters.',
      ),
      ...fillerArticles('2019-05-01'),
    });
    const text = answer(small, 'billions and billions of dollars?').sentences.map((s) => s.text).join(' ');
    expect(text).toContain('billions and billions of dollars');
    expect(text.split('billions and billions of dollars')).toHaveLength(2);
  });

  it('quotes a lead whose subject is "it" with the sentence that says what "it" is', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Minerals pact', publisher: 'Wire', date: '2023-03-29' },
        "U.S. Trade Representative Katherine Tai and Japan's ambassador, Koji Tomita, put their names to the accord in Washington. Known formally as the Agreement on Strengthening Critical Minerals Supply Chains, it entered into force as soon as it was signed.",
      ),
      ...fillerArticles('2023-03-01'),
    });
    const a = answer(small, 'who signed the critical minerals agreement?');
    expect(a.sentences.map((s) => s.text)).toEqual([
      "U.S. Trade Representative Katherine Tai and Japan's ambassador, Koji Tomita, put their names to the accord in Washington.",
      'Known formally as the Agreement on Strengthening Critical Minerals Supply Chains, it entered into force as soon as it was signed.',
    ]);
  });

  it('quotes a lead too short to say more than what follows ("Steel buyers were less pleased.") with the sentence after it', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Steel quota deal', publisher: 'Wire', date: '2022-02-08' },
        'Steelmakers welcomed the quota deal with Japan. Steel buyers were less pleased. The Coalition of American Metal Manufacturers and Users called it "disappointing" that the tariffs would stay.',
      ),
      ...otherArticles(),
    });
    const texts = answer(small, 'how did steel buyers react?').sentences.map((s) => s.text);
    expect(texts).toContain('Steel buyers were less pleased.');
    expect(texts.join(' ')).toContain('"disappointing"');
  });

  it('quotes the sentence after the lead that points back to it with the person a "who" question asks for', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'US, Japan unveil first projects', publisher: 'Wire', date: '2026-02-18' },
        'Commerce Secretary Howard Lutnick said the Ohio plant would generate 9.2 gigawatts, making it the largest natural gas power project in history. ' +
          'It is to be developed by SB Energy, a subsidiary of SoftBank Group, according to a Commerce Department fact sheet. ' +
          'The Georgia factory would make enough synthetic industrial diamond grit to meet all of America\'s demand.',
      ),
      ...otherArticles(),
    });
    const texts = answer(small, "who's building the ohio gas plant").sentences.map((s) => s.text);
    expect(texts.slice(0, 2)).toEqual([expect.stringContaining('the Ohio plant would generate'), expect.stringContaining('developed by SB Energy')]);
  });

  it('reads a reason in the whole sentence, the question\'s own names included: "The deal positions Lixil to ride…"', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Lixil to buy American Standard', publisher: 'Wire', date: '2013-06-28' },
        'Lixil Corp. said on Friday it agreed to buy American Standard, the U.S. maker of toilets, for $542 million from Sun Capital Partners. ' +
          'The deal positions Lixil to ride the recovery in U.S. home building, which is lifting demand for kitchen and bath products.',
      ),
      ...fillerArticles('2013-06-01'),
    });
    // One sentence only: the one that gives the reason leads.
    expect(answer(small, "why's lixil buying american standard", { maxSentences: 1 }).text).toContain('positions Lixil to ride');
  });

  it('quotes a sentence chosen for what the sentence before it names together with that sentence', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Japan agrees to trade talks', publisher: 'Wire', date: '2018-09-27' },
        // Two paragraphs long enough to be passages of their own (DEFAULT_MIN_PASSAGE_CHARS).
        'Japan, under Abe, wants to head off Trump’s threatened penalties on autos and auto parts, which could tip it into recession, as well as any “currency clause” directed at the Japanese yen. ' +
          'Previously, Trump has threatened to target Japanese automakers with high tariffs in his effort to cut the US trade surplus and get a two-way trade pact with Tokyo.\n\n' +
          'Japan, though, wants to avoid any clause that might tie the Bank of Japan’s hands. It has argued that currency moves and export volumes no longer correlate. ' +
          'Motegi has said that any discussion on currency is between Japan’s Finance Ministry and the US Treasury Department, under an agreement reached in February 2017.',
      ),
      ...fillerArticles('2018-09-01'),
    });
    const texts = answer(small, 'why is Japan against a currency clause').sentences.map((s) => s.text);
    const pointing = texts.indexOf('It has argued that currency moves and export volumes no longer correlate.');
    expect(pointing).toBeGreaterThan(0);
    expect(texts[pointing - 1]).toBe('Japan, though, wants to avoid any clause that might tie the Bank of Japan’s hands.');
  });

  it('leads with a sentence that gives the amount a "how many" question asks for', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Golf diplomacy', publisher: 'Wire', date: '2019-05-27' },
        'Trump and Abe played golf at a club in Chiba, and the round was friendly. They played 16 holes before lunch.',
      ),
    });
    // One sentence only, so what is quoted is the lead itself.
    expect(answer(small, 'how many holes of golf did trump and abe play?', { maxSentences: 1 }).text).toContain('16 holes');
  });
});

describe('the sentence that continues the passage', () => {
  // Each paragraph is long enough to be a passage of its own (DEFAULT_MIN_PASSAGE_CHARS).
  const wheat =
    "Wheat growers are even more alarmed. Japan's agriculture ministry, the sole importer of the grain, resells it to flour millers with a hefty markup. " +
    'Under the new Pacific pact, that markup is being trimmed for Canadian and Australian wheat, leaving U.S. wheat at a price disadvantage of $14 per tonne, according to U.S. Wheat Associates.';
  const filler =
    'Other products, from grape juice and pork to California almonds, will also keep facing Japanese duties while goods from the pact countries eventually enter tariff-free, and exporters say the gap will only widen as the cuts deepen each April for years to come.';
  const wheatArticle = (next: string, heading = '') =>
    article({ title: 'Farmers fall behind', publisher: 'Wire', date: '2019-02-01' }, `${wheat}\n\n${heading}${next}\n\n${filler}`);
  const peterson =
    'The group\'s president, Vince Peterson, told a hearing in December that the U.S. share of Japan\'s wheat market, 53 percent, faced "imminent collapse." He said Japanese food processors were already looking to reduce their exposure to U.S. wheat.';
  // Only the best passage is read, so the next passage can only be quoted as its continuation.
  const ask = (index: SearchIndex, q: string) => answer(index, q, { passagesToRead: 1 });

  it('tells a sentence that points back from one that names its subject', () => {
    for (const s of [peterson, 'He said Japanese food processors were looking elsewhere.', 'The deal was forged during the George W. Bush administration.', '“We start from cooperation,” he said.', 'But they declined to comment.'])
      expect(pointsBack(s), s).toBe(true);
    for (const s of ['The U.S. auto industry has also opposed the tariffs.', "Japan's agriculture ministry resells it.", 'Trump said the talks went well.', 'Theresa May met Abe.'])
      expect(pointsBack(s), s).toBe(false);
  });

  it('quotes, for a "who" question, the next passage\'s opening sentence that names the group\'s president', async () => {
    const small = await tempIndex({ 'a.md': wheatArticle(peterson) });
    const a = ask(small, 'who at u.s. wheat associates warned about the wheat price disadvantage?');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('according to U.S. Wheat Associates');
    expect(a.sentences[1]!.text).toContain('Vince Peterson');
    expect(a.citations).toHaveLength(1);
  });

  it('tells a sentence that goes on with a pronoun from one that points back with "the" and a noun', () => {
    for (const s of ['However, he stressed that the talks would be "a first step" in the partnership.', '“We start from cooperation,” he said.', 'They declined to comment.'])
      expect(pointsBack(s, true), s).toBe(true);
    for (const s of [peterson, 'The deal was forged during the George W. Bush administration.']) expect(pointsBack(s, true), s).toBe(false);
  });

  it('quotes, for a question that asks for no sort of answer, an opening sentence that goes on with a pronoun', async () => {
    const small = await tempIndex({ 'a.md': wheatArticle('However, he said Japanese flour millers were already looking to reduce their exposure to U.S. wheat.') });
    const a = ask(small, 'what about the wheat price disadvantage for u.s. wheat associates?');
    expect(a.status).toBe('answered');
    expect(a.sentences.map((x) => x.text)).toEqual([expect.stringContaining('according to U.S. Wheat Associates'), expect.stringContaining('flour millers')]);
  });

  it('reads a fronted phrase of time or circumstance before a pronoun as pointing back, not a name before a verb', () => {
    for (const s of ['Every two years they will review the agreement.', 'In return it gets lower tariffs.']) expect(pointsBack(s), s).toBe(true);
    for (const s of ['Trump called it the first stage.', 'Japan says it will not budge.', 'Since he took office in 2017, Trump has imposed tariffs.', 'After they met in Osaka, Abe and Trump played golf.', 'At the time it was not clear whether talks would resume.'])
      expect(pointsBack(s), s).toBe(false);
  });

  it('quotes the opening of the next passage when it alone gives the sort of answer asked for, though the lead is not its passage\'s last sentence', async () => {
    const markup =
      'The wheat markup is reviewed by the farm ministry, which sets it for every grain it buys from abroad. Japanese millers pay it on each tonne they take from the state, and bakers and noodle makers pass it on to shoppers in the price of bread. ' +
      'Growers in Kansas and Washington State have long complained that the charge leaves their grain dearer than it needs to be on Japanese shelves.';
    const review =
      'Every two years they review it and decide whether to keep it, cut it or end it for each of the supplying countries. The ministry publishes the result in the spring, and traders in Tokyo and Chicago follow the figure closely because it moves the price of every loaf and bowl of noodles.';
    const small = await tempIndex({ 'a.md': article({ title: 'Markup', publisher: 'Wire', date: '2019-02-01' }, `${markup}\n\n${review}\n\n${filler}`) });
    const a = ask(small, 'how often is the wheat markup reviewed?');
    expect(a.status).toBe('answered');
    expect(a.sentences.map((x) => x.text)).toContainEqual(expect.stringContaining('Every two years'));
  });

  it('does not quote it when it names its own subject rather than pointing back', async () => {
    const small = await tempIndex({ 'a.md': wheatArticle(peterson.replace("The group's president, Vince Peterson,", 'Kansas wheat farmer Vince Peterson')) });
    expect(ask(small, 'who at u.s. wheat associates warned about the wheat price disadvantage?').text).not.toContain('Vince Peterson');
  });

  it('does not quote it when the question asks for no sort of answer and it opens with "the" and a noun, or across a heading', async () => {
    const small = await tempIndex({ 'a.md': wheatArticle(peterson) });
    expect(ask(small, 'what about the wheat price disadvantage for u.s. wheat associates?').text).not.toContain('Vince Peterson');
    const headed = await tempIndex({ 'a.md': wheatArticle(peterson, '## Other crops\n\n') });
    expect(ask(headed, 'who at u.s. wheat associates warned about the wheat price disadvantage?').text).not.toContain('Vince Peterson');
  });
});
