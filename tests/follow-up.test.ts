import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, replayHistory, type SearchIndex } from '../src/index.ts';
import { FOLLOW_UP_CONFIDENCE, UNSURE_CONFIDENCE } from '../src/answer.ts';
import { DEFAULT_MAX_SENTENCES } from '../src/compose.ts';
import { readOn } from '../src/conversationContext.ts';
import { asksBefore, asksForMore, needsEarlierTurn, contrastQuestion, leansOnHistory, ownTopicTerms, unknownTopics } from '../src/followUp.ts';
import { analyzeQuery } from '../src/rank.ts';
import { analyze } from '../src/analyze.ts';
import { NO_EARLIER_ANSWER_TEXT, NOT_A_QUESTION_TEXT, NOTHING_FOUND_YET_TEXT, NOTHING_MORE_TEXT } from '../src/messages.ts';
import { article, CORPUS_DIR, heldOutArticle, otherArticles, realIndex, tempIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

/** The last question, asked after the others in one conversation. */
const askIn = (index: SearchIndex, questions: string[]) => answer(index, questions.at(-1)!, { history: replayHistory(index, questions.slice(0, -1)) });
const ask = (questions: string[]) => askIn(index, questions);

describe('follow-up questions', () => {
  it('reads "and Aso?" with the question before it, about Aso instead of Pence', () => {
    const a = ask(['what did pence say about the tpp?', 'and aso?']);
    expect(a.status).toBe('answered');
    expect(a.sentences.some((s) => s.text.includes('Aso'))).toBe(true);
    expect(a.notes.join(' ')).toContain('follow-up to "what did pence say about the tpp?"');
  });

  it('answers "when was that?" with the date of what was just quoted', () => {
    const first = answer(index, 'what did pence say about the tpp?');
    const a = ask(['what did pence say about the tpp?', 'when was that?']);
    expect(a.status).toBe('answered');
    expect(a.citations[0]!.articleId).toBe(first.citations[0]!.articleId);
    expect(a.notes.join(' ')).toMatch(/dated April 18, 2017/);
  });

  it('reads "tell me more about the company" as "tell me more", but not more about a name ("…about the tpp")', () => {
    expect(asksForMore('tell me more about the company')).toBe(true);
    expect(asksForMore('more on the deal please')).toBe(true);
    expect(asksForMore('tell me more about the tpp')).toBe(false);
    expect(asksForMore('tell me more about the trade war')).toBe(false);
    // A thing of its own is a new topic, not a way to refer back: "the beef" after a question about the trade representative.
    for (const q of ['tell me more about the beef', 'more on the cars']) expect(asksForMore(q), q).toBe(false);
    expect(asksForMore('tell me more about the man')).toBe(true);
  });

  it('reads a pronoun that refers to what the question itself names as no sign of a follow-up ("…westinghouse have when it filed")', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    for (const q of ['how much debt did westinghouse have when it filed for bankruptcy', 'which other central banks said they werent part of the yen buying', 'what did pence say when he met aso in tokyo?']) {
      expect(leans(q), q).toBe(false);
    }
    // A pronoun with nothing named before it, or not opening a clause of its own, still points back.
    for (const q of ['what did he say?', 'why does japan want it?', 'whats his job?']) expect(leans(q), q).toBe(true);
  });

  it('reads "this year", "this fiscal year", "those years" as a time, not as pointing back', () => {
    const q = 'how much are us tariffs going to cost toyota this fiscal year';
    expect(leansOnHistory(q, analyzeQuery(index, q))).toBe(false);
    expect(leansOnHistory('what did they agree on this?', analyzeQuery(index, 'what did they agree on this?'))).toBe(true);
  });

  it('reads a question word with one rare word as a fragment only in a short message: a long one is a question of its own', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans('when did the us and japan first start the trade talks with each other')).toBe(false);
    expect(leans('how much is the us putting in?')).toBe(true);
  });

  it('answers a question whose pronoun refers within it the same with or without an unrelated conversation before it', () => {
    const q = 'what did pence say when he met aso in tokyo?';
    expect(ask(['how did toyota react to the auto tariff proclamation?', q]).sentences).toEqual(answer(index, q).sentences);
  });

  it('reads "tell me more about him", "…about her" and "…about them" as "tell me more": the pronoun points back at whom the answer named', () => {
    for (const q of ['tell me more about him', 'tell me more about her', 'more about them', 'tell me more about this']) expect(asksForMore(q), q).toBe(true);
    // "Anything else from her?" asks for more of what she said; "…from the company?" names whom, and asks the last question of it.
    expect(asksForMore('anything else from her')).toBe(true);
    expect(asksForMore('anything else from the company?')).toBe(false);
    const first = ['who is the us trade representative?'];
    const about = ask([...first, 'tell me more about him']);
    expect(about.status).toBe('answered');
    expect(about.citations[0]!.articleId).toBe(ask([...first, 'tell me more']).citations[0]!.articleId);
  });

  it('reads on, for "tell me more about him", in the sentences about whom the answer named, past a paragraph about something else', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'park.md': article(
        { title: 'Park', publisher: 'Wire', date: '1983-04-15' },
        "TOKYO (Wire) - Oriental Land's president, Masatomo Takahashi, is credited with holding the park project together through two decades of delays, lawsuits and cost overruns that at times threatened to sink the whole venture before a single ride had been built.\n\n" +
          'The park cost 180 billion yen to build on a landfill in Tokyo Bay, about twice the first budget, and its owners expect some ten million visitors a year to come by train and bus from the capital and the crowded suburbs around it.\n\n' +
          'As a young executive in the early 1960s he persuaded the fishing cooperatives of Urayasu to give up their rights to the shallow waters off the town, so that the reclamation could go ahead.',
      ),
    });
    // Answers of one sentence, so the first quotes only the opening.
    const options = { maxSentences: 1 };
    const history = replayHistory(small, ["who is oriental land's president?"], options);
    expect(history[0]!.passageIds).toEqual(['park#0']);
    expect(answer(small, 'tell me more', { ...options, history }).sentences[0]?.text).toMatch(/180 billion yen/);
    expect(answer(small, 'tell me more about him', { ...options, history }).sentences[0]?.text).toMatch(/he persuaded/);
  });

  it('answers "tell me more about the beef" about beef, not by reading on about the question before', () => {
    const a = ask(['who is the us trade representative?', 'tell me more about the beef']);
    expect(a.sentences[0]?.text).toMatch(/beef/i);
  });

  it('answers "tell me more about the deal" from the conversation, as "tell me more"', () => {
    const more = ask(['what does japan want to avoid in a trade deal?', 'tell me more']);
    const about = ask(['what does japan want to avoid in a trade deal?', 'tell me more about the deal']);
    expect(about.sentences).toEqual(more.sentences);
  });

  it('gives the next-best sentences, none already quoted, for "tell me more" and again for "more"', () => {
    const first = answer(index, 'what does japan want to avoid in a trade deal?');
    const more = ask(['what does japan want to avoid in a trade deal?', 'tell me more']);
    const again = ask(['what does japan want to avoid in a trade deal?', 'tell me more', 'more']);
    const quoted = new Set(first.sentences.map((s) => s.text));
    expect(more.status).toBe('answered');
    for (const s of more.sentences) expect(quoted.has(s.text), s.text).toBe(false);
    for (const s of more.sentences) quoted.add(s.text);
    for (const s of again.sentences) expect(quoted.has(s.text), s.text).toBe(false);
  });

  it('reads on, for "tell me more", where the line\'s subject is, past a paragraph about something else', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'core.md': article(
        { title: 'Summit', publisher: 'Wire', date: '2021-04-17' },
        'WASHINGTON (Wire) - President Joe Biden and Prime Minister Yoshihide Suga launched the CoRe partnership on Friday, a plan that the two governments said would carry their alliance into new fields of technology and trade over the coming decade and beyond.\n\n' +
          'Suga became the first foreign leader Biden has hosted at the White House since he took office in January. The summit had been planned for around April 9 but was moved back by a week, a senior Japanese official said, because Washington needed time for health precautions.\n\n' +
          'Under the CoRe partnership, the allies will cooperate on biotechnology and quantum science.',
      ),
    });
    // Answers of one sentence, so the first quotes only the opening.
    const options = { maxSentences: 1 };
    const first = answer(small, 'what is the core partnership?', options);
    expect(first.sentences.map((s) => s.text)).toEqual([expect.stringMatching(/launched the CoRe partnership/)]);
    const more = answer(small, 'tell me more', { ...options, history: replayHistory(small, ['what is the core partnership?'], options) });
    expect(more.sentences[0]?.text).toMatch(/biotechnology/);
  });

  it('reads on, for "tell me more", after the sentence the answer led with, not after one it quoted from further on', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'xerox.md': article(
        { title: 'Xerox', publisher: 'Wire', date: '2018-01-31' },
        'TOKYO (Wire) - Fujifilm will take control of Xerox in a $6.1 billion deal that folds the American copier pioneer into the two companies\' joint venture in Asia, ending decades in which the two shared the business of selling copiers and printers around the world.\n\n' +
          'Fujifilm said the deal would let it lead a fast-changing market for office printing and document services. The combined company will have sales of $18 billion, about a fifth more than its nearest rival, and will be run from Norwalk, Connecticut, by the current Xerox chief executive, Jeff Jacobson.\n\n' +
          'Xerox shareholders will own 49.9 percent of the new company and will receive a special cash dividend of $2.5 billion, paid for by Fuji Xerox buying back the shares that Fujifilm now holds in the venture.\n\n' +
          'Shares of Xerox rose 4 percent in New York trading after the announcement, while Fujifilm shares closed little changed in Tokyo, where analysts said the price looked fair for a business whose sales of copiers and toner have shrunk every year since offices began to print less and share more of their documents on screens.',
      ),
    });
    const passage = small.passages.get('xerox#1')!;
    expect(passage.text).toMatch(/^Fujifilm said/);
    const citation = { n: 1, title: 'Xerox', publisher: 'Wire', date: '2018-01-31', passage: passage.text, score: 1, articleId: 'xerox', passageId: passage.id };
    const led = 'Fujifilm said the deal would let it lead a fast-changing market for office printing and document services.';
    const further = 'Xerox shareholders will own 49.9 percent of the new company and will receive a special cash dividend of $2.5 billion, paid for by Fuji Xerox buying back the shares that Fujifilm now holds in the venture.';
    const last = { sentences: [led, further].map((text) => ({ text, citation: 1 })), citations: [citation] };
    const quoted = new Set([led, further]);
    expect(readOn(small, last, quoted, { maxSentences: 1 })?.sentences[0]?.text).toMatch(/^The combined company will have sales/);
    // An answer that itself read on quotes in reading order, past what it left out; "more" after it goes on after all of it.
    expect(readOn(small, last, quoted, { maxSentences: 1 }, undefined, 'last')?.sentences[0]?.text).toMatch(/^Shares of Xerox rose/);
  });

  it('answers "who said that?" beside the quote that names no one, not from the passage that quote ranked first', async () => {
    const small = await tempIndex({ ...otherArticles(), 'steel.md': heldOutArticle('heldout7/articles/2024-03-15-biden-says-us-steel-must-stay-american-owned.md') });
    const a = askIn(small, ["what did the steelworkers union say after biden's us steel statement?", 'who said that?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toMatch(/David McCall said/);
  });

  it('goes on, for "tell me more", with a sentence whose subject is "it" after one about the line of questions, in its paragraph', async () => {
    const small = await tempIndex({ ...otherArticles(), 'terumo.md': heldOutArticle('heldout16/articles/2011-03-07-terumo-to-buy-caridianbct-for-2-63-billion-in-blood-transfusion-push.md') });
    const passage = small.passages.get('terumo#1')!;
    const led = passage.text.split('. ')[0]! + '.';
    expect(led).toMatch(/^Terumo will buy CaridianBCT, based in Lakewood/);
    const citation = { n: 1, title: 'Terumo', publisher: 'Practice Wire', date: '2011-03-07', passage: passage.text, score: 1, articleId: 'terumo', passageId: passage.id };
    const more = readOn(small, { sentences: [{ text: led, citation: 1 }], citations: [citation] }, new Set([led]), { maxSentences: 3 }, (text) => text.includes('CaridianBCT'));
    // "CaridianBCT makes machines…" is about the line's subject; "It has about 2,300 employees…", right after it, goes on about it.
    expect(more?.sentences.map((s) => s.text)).toContain('It has about 2,300 employees and had sales of $524 million last year, up 7.2 percent from a year earlier.');
  });

  it('goes on, for "tell me more", with the sentence right after the last one quoted in its paragraph, whatever it names', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'probe.md': article(
        { title: 'Probe', publisher: 'Wire', date: '2019-02-17' },
        'WASHINGTON (Wire) - The Section 232 investigation into car imports covered sedans and light trucks. It drew more than 2,000 public comments.\n\n' +
          'Vice President Mike Pence met Japanese officials in Tokyo on Monday, where the two sides discussed a wide range of matters, from energy and infrastructure to the North Korean missile program and the prospects for a bilateral free trade agreement.\n\n' +
          'The car import investigation ends in May.',
      ),
    });
    const more = askIn(small, ['what did the 232 investigation into car imports cover?', 'tell me more']);
    expect(more.sentences[0]?.text).toMatch(/2,000 public comments/);
  });

  it('gives the same answer to a question that stands alone, with or without history', () => {
    const alone = answer(index, 'what did japan agree to streamline for US auto exports?');
    const after = ask(['korus?', 'who is the US trade representative?', 'what did japan agree to streamline for US auto exports?']);
    expect(after.text).toBe(alone.text);
    // It names nothing of its own (Japan and the US are in every article), and the conversation's last answer quoted
    // another article: whether it asks more of that is a guess, so it is as sure as a follow-up at most.
    expect(after.confidence).toBe(Math.min(alone.confidence, FOLLOW_UP_CONFIDENCE));
  });

  it('is as sure in a conversation as alone of a question that names something of its own', () => {
    const question = 'what did pence say about the tpp in tokyo?';
    const alone = answer(index, question);
    expect(alone.confidence).toBeGreaterThan(FOLLOW_UP_CONFIDENCE);
    const after = ask(['what did japan agree to streamline for US auto exports?', question]);
    expect(after.text).toBe(alone.text);
    expect(after.confidence).toBe(alone.confidence);
  });

  it('reads on, for "more" after a follow-up the articles did not answer, from the last question they did answer', () => {
    const opening = 'what does japan want to avoid in a trade deal?';
    const unanswered = 'what does the imf think of it?';
    expect(ask([opening, unanswered]).status).toBe('no_answer');
    const more = ask([opening, unanswered, 'more']);
    expect(more.status).toBe('answered');
    expect(more.sentences.map((s) => s.text)).toEqual(ask([opening, 'more']).sentences.map((s) => s.text));
    expect(more.notes.join(' ')).toContain(`follow-up to "${opening}"`);
  });

  it('says nothing was found yet, not that that was all, for "more" after a question the articles did not answer', () => {
    const a = ask(['what is the capital of peru?', 'more']);
    expect(a.status).toBe('no_answer');
    expect(a.text).toContain(NOTHING_FOUND_YET_TEXT);
    expect(a.text).not.toContain(NOTHING_MORE_TEXT);
  });

  it('resolves each earlier turn once for "more", however many unanswered turns it looks back past', () => {
    // Every turn reads the options once as it is resolved: a line of "more"s the articles never answered is looked back
    // over by each of them, which, resolving the turns before it again each time, would take 2^6 resolutions, not 7.
    const history = ['what is the capital of peru?', 'more', 'more', 'more', 'more', 'more'].map((question) => ({ question }));
    let resolved = 0;
    const options = {
      history,
      get maxQuestionChars() {
        resolved++;
        return 500;
      },
    };
    expect(answer(index, 'more', options).status).toBe('no_answer');
    expect(resolved).toBeLessThanOrEqual(2 * (history.length + 1));
  });

  it('names, after "more" read on past a question the articles did not answer, the question it read on from', () => {
    const opening = 'what does japan want to avoid in a trade deal?';
    const unanswered = 'what does the imf think of it?';
    for (const next of ['more', 'when was that?']) {
      const a = ask([opening, unanswered, 'more', next]);
      expect(a.status, next).toBe('answered');
      expect(a.notes.join(' '), next).toContain(`follow-up to "${opening}"`);
    }
  });

  it('answers a follow-up in tons from an article that writes tonnes: a spelling, not something no article mentions', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'rice.md': article({ title: 'Japan to buy more US rice', publisher: 'Wire', date: '2019-08-10' }, 'Japan agreed to import 70,000 tonnes of American rice a year under the deal.'),
    });
    const a = askIn(small, ['how much rice will japan import?', 'how many tons a year?']);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('70,000 tonnes');
  });

  it('does not take chat shorthand for a name no article uses ("and aso rn?", "wut did aso say about it?")', () => {
    for (const followUp of ['and aso rn?', 'wut did aso say about it?', 'what did aso say cuz?', 'and aso smh']) {
      const a = ask(['what did pence say about the tpp?', followUp]);
      expect(a.status, followUp).toBe('answered');
      expect(a.sentences[0]!.text, followUp).toContain('Aso');
    }
  });

  it('does not take a function word typed with two letters swapped for a name no article uses ("abuot", "taht")', () => {
    for (const followUp of ['what did aso say abuot it?', 'what did aso say on taht?']) {
      const a = ask(['what did pence say about the tpp?', followUp]);
      expect(a.status, followUp).toBe('answered');
      expect(a.sentences[0]!.text, followUp).toContain('Aso');
    }
  });

  it('declines a follow-up about someone or something no article mentions, instead of quoting the conversation again', () => {
    const opening = 'what does japan want to avoid in a trade deal?';
    for (const followUp of ['what does the IMF think of it?', 'and Lagarde?', 'what about the olympics?']) {
      expect(ask([opening, followUp]).status, followUp).toBe('no_answer');
    }
  });

  it('reads a follow-up after one the articles did not answer with the last question they did answer', () => {
    const opening = 'what does japan want to avoid in a trade deal?';
    for (const followUp of ['when was that?', 'who said that?', 'what about the us?', 'and now?']) {
      const a = ask([opening, 'what does the imf think of it?', followUp]);
      expect(a.status, followUp).toBe('answered');
      expect(a.sentences.map((s) => s.text), followUp).toEqual(ask([opening, followUp]).sentences.map((s) => s.text));
      expect(a.notes.join(' '), followUp).toContain(`follow-up to "${opening}"`);
    }
  });

  it('still answers a follow-up asking, in a word no article uses, about someone they name ("what was aso\'s reaction?")', () => {
    const a = ask(['what did pence say about the tpp?', "what was aso's reaction?"]);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('Aso');
  });

  it('says which word of such a follow-up no article mentions, as the question writes it', () => {
    const opening = 'what does japan want to avoid in a trade deal?';
    expect(ask([opening, 'what did Lagarde and the OECD say?']).text).toContain('None of the articles I know mention "Lagarde" or "OECD"');
    expect(ask([opening, 'what does the I.M.F. think of it?']).text).toContain('mention "I.M.F."');
    expect(ask([opening, 'and Lagarde.']).text).toContain('mention "Lagarde",');
    // What no article mentions is said of the articles, whatever the conversation was: no note of what it was read with.
    expect(ask([opening, 'and Lagarde?']).notes.join(' ')).not.toContain('follow-up to');
  });

  it('still answers a follow-up about someone the articles name ("what does mnuchin think of it?")', () => {
    const a = ask(['what does japan want to avoid in a trade deal?', 'what does mnuchin think of it?']);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('Mnuchin');
  });

  it('treats "more" with no earlier question as a question of its own', () => {
    expect(answer(index, 'tell me more').status).not.toBe('answered');
  });

  it('says the articles never mention the weather when asked of it after a question they answered', () => {
    expect(ask(['why did pence visit tokyo?', "what's the weather in tokyo?"]).text).toContain('None of the articles I know mention "weather"');
  });

  it('echoes no mass mention from the earlier question in its note', () => {
    const a = ask(['<!channel> what did pence say about the tpp?', 'and aso?']);
    expect(a.text).not.toMatch(/<!channel>|@channel/);
  });

  it('answers "why?" from the article just quoted, with the sentence beside the claim that gives its cause', () => {
    const first = answer(index, "what was japan's priority going into the new york meeting with trump?");
    const a = ask(["what was japan's priority going into the new york meeting with trump?", 'why?']);
    expect(a.status).toBe('answered');
    expect(a.citations[0]!.articleId).toBe(first.citations[0]!.articleId);
    expect(a.sentences[0]!.text).toMatch(/priority due to its sweeping impact/);
  });

  it('answers "when did he say it?" with the date of the article the last answer quoted', () => {
    const first = answer(index, 'what did mnuchin say about currency in trade deals?');
    const a = ask(['what did mnuchin say about currency in trade deals?', 'when did he say it?']);
    expect(a.status).toBe('answered');
    expect(a.citations[0]!.articleId).toBe(first.citations[0]!.articleId);
    expect(a.notes.join(' ')).toContain('Source [1] is dated June 4, 2019');
  });

  it('answers "who said that?" with the speaker of the sentence just quoted', () => {
    const a = ask(['did the trump administration propose an fta with japan in april 2017?', 'who said that?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('Tamaki Tsukada told reporters');
  });

  it('answers a follow-up that asks something else of the person just found from the quote that calls him "he"', async () => {
    const soy = await tempIndex({
      ...otherArticles(),
      'soy.md': article(
        { title: 'Butz calls soybean embargo a mistake', publisher: 'Practice Wire', date: '1974-04-17' },
        [
          'The United States halted soybean exports last June, and the measure caused an uproar in Japan.',
          'Two days after the embargo, Yoshio Sakurauchi, then the agriculture minister, summoned the American ambassador and called the move "shocking news." He asked that Japan be allowed to receive all of the 660,000 tons of soybeans already on contract.',
          'Butz held talks with Agriculture Minister Tadao Kuraishi during his visit and met American traders in Tokyo.',
        ].join('\n\n'),
      ),
    });
    const a = askIn(soy, ['who was the agriculture minister when the soybean embargo came in?', 'what did he ask the americans for?']);
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('660,000 tons');
  });

  it('does not ask a follow-up with a question of its own for the length of time the question before asked for', async () => {
    const summit = await tempIndex({
      ...otherArticles(),
      'summit.md': article(
        { title: 'Takaichi hosts Trump', publisher: 'Practice Wire', date: '2025-10-28' },
        [
          'Takaichi and Trump talked for about 90 minutes at the Akasaka Palace on Tuesday.',
          'The two leaders signed a framework on critical minerals and rare earths.',
          'Takaichi worked hard to win Trump over. She had a Ford F-150 pickup truck parked outside their meeting.',
        ].join('\n\n'),
      ),
    });
    const a = askIn(summit, ['how long did takaichi and trump talk?', 'what truck did she park outside her meeting?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('Ford F-150');
  });

  it('answers "anyone else?" after a "who" question with someone the last answer did not name, not with its quotes again', async () => {
    const duties = await tempIndex({
      ...otherArticles(),
      'duties.md': article(
        { title: 'Solar duties draw complaints on both sides', publisher: 'Practice Wire', date: '2021-02-05' },
        [
          'U.S. duties on imported solar panels took effect on Friday, and installers in the United States complained that prices would rise.',
          '"This will cost American jobs," said Abigail Ross Hopper, head of the Solar Energy Industries Association.',
          'Japanese panel makers complained too, saying the duties broke trade rules. Industry Minister Kenji Arakawa told a news conference the duties were deeply disappointing.',
        ].join('\n\n'),
      ),
    });
    const a = askIn(duties, ['who complained about the solar duties?', 'anyone else?']);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('Kenji Arakawa');
  });

  it('reads on in the same article for "tell me more", after the last sentence quoted', () => {
    const first = answer(index, 'what did the pence-aso joint statement say?');
    const more = ask(['what did the pence-aso joint statement say?', 'tell me more']);
    expect(more.status).toBe('answered');
    expect(more.citations.map((c) => c.articleId)).toEqual([first.citations[0]!.articleId]);
    expect(more.sentences[0]!.text).toMatch(/^One of the core goals of the dialogue/);
  });

  it('reads on at most as many sentences as an answer quotes, and fewer when answers are set shorter', () => {
    const dialogue = ['what did the pence-aso joint statement say?', 'tell me more'];
    expect(ask(dialogue).sentences.length).toBeGreaterThan(1);
    expect(ask(dialogue).sentences.length).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCES);
    const short = answer(index, 'tell me more', { history: replayHistory(index, dialogue.slice(0, 1)), maxSentences: 1 });
    expect(short.sentences).toHaveLength(1);
    expect(short.sentences[0]!.text).toBe(ask(dialogue).sentences[0]!.text);
  });

  it('reads on with a quotation that spans sentences quoted whole, never cut open', () => {
    const dialogue = ['what did the japanese official say the us side expressed interest in at the october 2017 talks?', 'tell me more', 'more'];
    const readOn = [ask(dialogue.slice(0, 2)), ask(dialogue)].flatMap((a) => a.sentences.map((s) => s.text));
    expect(readOn).toContain('"There were some exchanges on the topic today. But discussions are ongoing," the official said.');
    expect(readOn).not.toContain('"There were some exchanges on the topic today.');
  });

  it('is as sure of a follow-up answered beside the sentence just quoted, with the sort of answer asked for, as of the answer it follows', () => {
    const first = answer(index, 'did the trump administration propose an fta with japan in april 2017?');
    const a = ask(['did the trump administration propose an fta with japan in april 2017?', 'who said that?']);
    expect(a.status).toBe('answered');
    expect(a.confidence).toBe(Math.min(first.confidence, FOLLOW_UP_CONFIDENCE));
  });

  it('holds "tell me more" to the answer threshold: reading on after an answer just above it would fall below', () => {
    const opening = "when's the next US presidential election according to the june 2019 piece?";
    // The threshold set at the opening answer's own confidence: it is answered, and reading on, FOLLOW_UP_CONFIDENCE as sure, would fall below.
    const minConfidence = answer(index, opening).confidence;
    expect(answer(index, opening, { minConfidence }).status).toBe('answered');
    const more = answer(index, 'tell me more', { minConfidence, history: replayHistory(index, [opening], { minConfidence }) });
    expect(more.status === 'answered' ? more.confidence : minConfidence).toBeGreaterThanOrEqual(minConfidence);
  });

  it('names the question a line of follow-ups is about, not "tell me more", when it says what it read a follow-up with', () => {
    const a = ask(['who is the us trade representative?', 'tell me more', 'when was that?']);
    expect(a.notes.join(' ')).toContain('"who is the us trade representative?"');
    expect(a.notes.join(' ')).not.toContain('"tell me more"');
  });

  it('never claims more than FOLLOW_UP_CONFIDENCE for a follow-up, however sure the answer it follows', () => {
    const opening = 'what does mnuchin want in any trade deal with japan?';
    expect(answer(index, opening).confidence).toBeGreaterThan(FOLLOW_UP_CONFIDENCE);
    const a = ask([opening, 'when was that?']);
    expect(a.status).toBe('answered');
    expect(a.confidence).toBeLessThanOrEqual(FOLLOW_UP_CONFIDENCE);
  });

  it('reads "he" as the person the conversation was about', () => {
    const a = ask(['who is james schoff?', 'what did he call the economic dialogue?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('“aspirational.”');
  });

  it('answers a follow-up with a topic of its own only with a sentence that names it', () => {
    const a = ask(['what did the us and japan agree at the october 2017 dialogue?', 'anything on potatoes?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toMatch(/potatoes/);
  });

  it('searches every article for a question that stands alone, not only those the conversation quoted', () => {
    const alone = answer(index, 'what was the us goods trade deficit with japan in 2018?');
    const after = ask(['what did pence say about the tpp?', 'what was the us goods trade deficit with japan in 2018?']);
    expect(after.text).toBe(alone.text);
    expect(after.confidence).toBe(alone.confidence);
  });

  it('reads a question that does not point back by its form as a follow-up when alone the articles do not answer it ("…heading there next week?")', async () => {
    const micron = await tempIndex({
      ...otherArticles(),
      'micron.md': article({ title: 'China bars Micron chips from key networks', publisher: 'Practice Wire', date: '2023-05-22' }, [
        'China barred operators of key infrastructure from buying chips made by Micron Technology on Sunday, citing security risks.',
        'The ruling puts about a quarter of Micron revenue at risk. A bipartisan delegation of senators led by Chuck Schumer is due in China next week.',
      ].join('\n\n')),
      'budget.md': article({ title: 'Budget fight', publisher: 'Practice Wire', date: '2023-03-02' }, 'U.S. lawmakers criticised the defense budget.'),
    });
    const question = 'which us lawmakers are heading there next week?';
    expect(answer(micron, question).status).toBe('no_answer');
    const a = askIn(micron, ['what did china do to micron?', question]);
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('Chuck Schumer');
  });

  it('does not read a question that names something no article mentions with the conversation ("who won the world cup?")', () => {
    const question = 'who won the world cup?';
    expect(answer(index, question).status).toBe('no_answer');
    const a = ask(['who did pence meet in tokyo?', question]);
    expect(a.status).toBe('no_answer');
    expect(a.notes.join(' ')).not.toContain('follow-up');
  });

  it('does not work out the earlier turns for a question the articles answer surely alone (a history without passage ids)', () => {
    const question = 'why did trump withdraw from the tpp?';
    const alone = answer(index, question);
    expect(alone.confidence).toBeGreaterThanOrEqual(UNSURE_CONFIDENCE);
    // How often the earlier question is read: checking the options reads it too, whether or not the turn has passage ids.
    const reads = (passageIds?: string[]) => {
      let read = 0;
      const turn = { get question() { read++; return 'who did pence meet in tokyo?'; }, ...(passageIds ? { passageIds } : {}) };
      expect(answer(index, question, { history: [turn] }).sentences).toEqual(alone.sentences);
      return read;
    };
    expect(reads()).toBe(reads([]));
  });

  it('reads a reaction with nothing to react to ("how did Japanese officials respond?") as a follow-up, and one with an object as standing alone', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans('how did japanese officials respond?')).toBe(true);
    expect(leans('how did the asahi shimbun say japan reacted?')).toBe(true);
    expect(leans('how did japanese officials respond to the tariff threat?')).toBe(false);
    const a = ask(['what did the white house ask japan for at the first economic dialogue?', 'how did the asahi shimbun say japan responded?']);
    expect(a.status).toBe('answered');
    expect(a.notes.join(' ')).toContain('follow-up to');
    expect(a.sentences[0]!.text).toMatch(/Japan rejected the idea/);
  });

  it('reads a preposition and a question word with no verb as the rest of the last question ("for what kind of frozen beef?"), and one with a verb as standing alone', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans('for what kind of frozen beef?')).toBe(true);
    expect(leans('at what tariff rate for frozen pork?')).toBe(true);
    expect(leans('on what date did trump sign the proclamation putting the japan deal into effect?')).toBe(false);
    expect(leans('by when does japan have to cut the beef tariff to 9 percent?')).toBe(false);
  });

  it('answers a question that opens with a preposition and a question word and has a verb but no auxiliary as alone ("with whom abe discussed north korea in new york?")', () => {
    const question = 'with whom abe discussed north korea in new york?';
    const alone = answer(index, question);
    expect(alone.status).toBe('answered');
    const a = ask(['when will the working-level talks be held?', question]);
    expect(a.notes.join(' ')).not.toContain('follow-up');
    expect(a.sentences).toEqual(alone.sentences);
    expect(a.confidence).toBe(alone.confidence);
  });

  it('reads "may" after a preposition of time as the month, not an auxiliary, in a fragment ("at what price per share in may?")', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans('at what price per share in may?')).toBe(true);
    expect(leans('at what tariff rate for frozen pork by may 2019?')).toBe(true);
  });

  it('reads a contracted auxiliary ("by when\'ll…", "in which city\'re…") as the verb of a question of its own', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans("by when'll the working-level talks on industrial goods finish?")).toBe(false);
    expect(leans('in which city’re the working-level talks on industrial goods held?')).toBe(false);
  });

  it('reads "that time", "that day" as pointing back, and "that" opening a clause as not', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans('how high did the beef tariff go that time?')).toBe(true);
    expect(leans('what did aso say that day about farm trade?')).toBe(true);
    expect(leans('did pence say that japan should open the beef market?')).toBe(false);
  });

  it('reads "that" and a thing ending the question as pointing back ("who runs that company now?")', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans('who runs that company now?')).toBe(true);
    expect(leans('when did trump sign that law?')).toBe(true);
    expect(leans('did pence say that japan should open the beef market?')).toBe(false);
    expect(leans('who runs the company now?')).toBe(false);
  });

  it('reads "that" and a noun phrase of two or three words ending the question as pointing back ("who made that first call?")', () => {
    const leans = (q: string) => leansOnHistory(q, analyzeQuery(index, q));
    expect(leans('who made that first call?')).toBe(true);
    expect(leans('who built that new plant?')).toBe(true);
    expect(leans('did pence say that japan should open?')).toBe(false);
    expect(leans('did lighthizer warn that tariffs rose sharply?')).toBe(false);
  });

  it('answers "who…?" from the passage beside the quote that names someone, though the name ("Pence") is also an English word', () => {
    const a = ask(['what did aso say about trade friction with the us?', 'who was he standing beside?']);
    expect(a.status).toBe('answered');
    expect(a.citations[0]!.passage).toContain('standing next to Pence');
  });

  it('leads a "why?" with the sentence beside what was just said that gives its cause, chosen as the conversation ranked it, not with the claim again', () => {
    const a = ask(['what was the us goods trade deficit with japan in 2018?', 'did it shrink compared with 2017?', 'why?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toMatch(/the result of weaker car exports/);
  });

  it('does not add to a bare "why?" a cause stated far from what was just said', () => {
    const a = ask(['what was the us goods trade deficit with japan in 2018?', 'why?']);
    expect(a.sentences.map((s) => s.text).join(' ')).toMatch(/the result of weaker car exports/);
    expect(a.sentences.map((s) => s.text).join(' ')).not.toMatch(/Trump abhors/);
  });

  it('answers a bare "why…?" with the sentence after the claim just quoted that tells what would follow, though it shares no word with the question', async () => {
    // The seed articles beside it, so that its words weigh as they do in a corpus about these talks.
    const seed = Object.fromEntries(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]));
    const visit = await tempIndex({
      ...seed,
      'visit.md': article(
        { title: 'Trump ends Japan state visit; trade deal to wait for July vote', publisher: 'Practice Wire', date: '2019-05-28' },
        `TOKYO (Practice Wire) - President Donald Trump left Japan on Tuesday after a four-day state visit heavy on ceremony, from golf and sumo to an imperial banquet, with the trade agreement he wants from Tokyo put off until after Japan's upper house election in July.

On his last day, Trump and Prime Minister Shinzo Abe went aboard the Japanese helicopter carrier Kaga at Yokosuka, near Tokyo, and addressed Japanese and American troops together, a first for leaders of the two countries, according to Japan's Defense Ministry. Trump then spoke to U.S. service members on the amphibious assault ship USS Wasp before flying home from Haneda airport.

On Monday morning, Trump became the first foreign leader to meet Emperor Naruhito, who ascended the Chrysanthemum Throne on May 1 after his father's abdication. The emperor and Empress Masako hosted a state banquet for Trump and his wife, Melania, that evening.

In between, Trump and Abe held talks at the Akasaka Palace state guest house that lasted two hours and 40 minutes, including lunch.

"We will be announcing some things, probably in August," Trump said as the meeting began, adding that it would be very good for both countries. Japanese officials quickly played this down. Deputy Chief Cabinet Secretary Yasutoshi Nishimura said there was "absolutely no" agreement to wrap up a deal by August.

At a joint news conference, Abe said the two sides would speed up their talks on the basis of mutual trust. Turning to Japan's stance that it will not cut farm tariffs beyond what it promised under the Trans-Pacific Partnership, Trump said: "I have nothing to do with TPP."

The president had already signaled patience on Sunday. "Great progress being made in our Trade Negotiations with Japan," he wrote on Twitter after returning from golf with Abe. "Agriculture and beef heavily in play." He added that "much will wait until after their July elections," predicting "big numbers."

Abe's Liberal Democratic Party faces a House of Councillors election in July, possibly combined with a snap vote for the lower house, and concessions to American farmers would be politically costly before the poll.

Sunday was largely given over to personal diplomacy. Trump and Abe played 16 holes at Mobara Country Club in Chiba Prefecture with veteran Japanese golfer Isao Aoki, and ate double cheeseburgers made with U.S. beef for lunch. It was their fifth round together since Trump took office.

They then watched the final day of the summer grand sumo tournament at the Ryogoku Kokugikan arena, where Trump handed a President's Cup he had commissioned to the champion, Asanoyama. The two couples ended the day at a robatayaki restaurant.

Trade was never far away. On Saturday, shortly after landing, Trump told Japanese business leaders that Japan "has had a substantial edge for many, many years" and that a deal would make the relationship "a little bit more fair."

The same day, Economy Minister Toshimitsu Motegi and U.S. Trade Representative Robert Lighthizer held nearly three hours of talks in Tokyo and agreed to work for a quick deal. They did not take up thorny issues such as limits on Japanese car exports or a currency clause, Motegi said.

Tokyo is keen to keep relations with Trump warm so as to escape U.S. tariffs on its cars, which he put off for up to 180 days earlier this month. Trump is due back in Japan next month for the Group of 20 summit in Osaka.`,
      ),
    });
    const questions = ['until when did trump say much of the japan trade deal would wait?', 'why wait for that?'];
    const a = answer(visit, questions[1]!, { history: replayHistory(visit, questions.slice(0, 1)) });
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toMatch(/would be politically costly before the poll/);
  });

  it('answers "and Aso?" after "what did Pence say…?" with what Aso said, not with Pence naming him', () => {
    const a = ask(['what did pence say about the tpp?', 'and aso?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toMatch(/^Aso said/);
  });

  it('answers "and what does Japan want?" after what a US official wants with a sentence in which Japan is the subject', () => {
    const a = ask(['what did mnuchin say the us wants from japan?', 'and what does japan want?']);
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text)).toContain('Japan, though, wants to avoid any clause that might tie the Bank of Japan’s hands.');
  });

  it('answers one common word asked in a conversation, which alone would name only a topic ("currency?")', () => {
    expect(answer(index, 'currency?').status).toBe('no_answer');
    const a = ask(['what does japan want to avoid in a trade deal?', 'currency?']);
    expect(a.status).toBe('answered');
    expect(a.text).toMatch(/currency/i);
  });

  it('declines a follow-up that asks only for a sort of answer the quotes lack ("how old is he?")', () => {
    const a = ask(['who led the us side of the 2017 economic dialogue with japan?', 'how old is he?']);
    expect(a.status).toBe('no_answer');
    expect(a.sentences).toEqual([]);
  });

  it('answers a follow-up that asks only for a sort of answer when the quotes hold one ("how big is it?")', () => {
    const a = ask(['what did japan say about the trade deficit?', 'how big is it?']);
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toMatch(/US\$59 billion/);
  });
});

describe('a follow-up that asks which city', () => {
  const talks = (where: string) =>
    tempIndex({
      ...otherArticles(),
      'talks.md': article(
        { title: 'Working-level talks set', publisher: 'Practice Wire', date: '2019-06-04' },
        `Japan and the United States will hold working-level talks on trade in ${where} on June 10-11, Economy Minister Toshimitsu Motegi said.`,
      ),
    });

  it('is declined when the quotes name only a country', async () => {
    const index = await talks('the United States');
    expect(askIn(index, ['when are the working-level trade talks?']).status).toBe('answered');
    expect(askIn(index, ['when are the working-level trade talks?', 'which city?']).status).toBe('no_answer');
  });

  it('is declined when the quotes name a country by its initials ("the United States (US)")', async () => {
    const index = await talks('the United States (US)');
    expect(askIn(index, ['when are the working-level trade talks?', 'which city?']).status).toBe('no_answer');
  });

  it('does not take the dateline, where the news was filed, for the city asked about', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'talks.md': article({ title: 'Trade talks', publisher: 'Practice Wire', date: '2019-06-01' }, 'TOKYO (Practice Wire) - Japan and the United States will hold working-level trade talks next week, officials said.'),
    });
    expect(askIn(index, ['when are the working-level trade talks?', 'which city?']).status).toBe('no_answer');
  });

  it('takes a city written as initials ("DC") for a city, as it takes "Washington"', async () => {
    const index = await talks('DC');
    expect(askIn(index, ['when are the working-level trade talks?', 'which city?']).status).toBe('answered');
  });

  it('is answered when the quotes name a city', async () => {
    const index = await talks('Washington');
    const a = askIn(index, ['when are the working-level trade talks?', 'which city?']);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('Washington');
  });
});

describe('what a follow-up is about', () => {
  const topic = (q: string) => ownTopicTerms(q, analyzeQuery(index, q)).map((t) => t.term);

  it('takes a noun for a dealing, which no verb shares, as the topic ("agriculture", "currency")', () => {
    expect(topic('why was japan so unwilling to budge on agriculture right then?')).toEqual(analyzeQuery(index, 'agriculture').terms.map((t) => t.term));
    expect(topic('and what about currency?')).toEqual(analyzeQuery(index, 'currency').terms.map((t) => t.term));
  });

  it('does not take a word that is also a verb ("planning", "help") or a time ("year") as the topic', () => {
    expect(topic("what's tokyo planning to do about it?")).toEqual([]);
    expect(topic('why would that help japan?')).toEqual([]);
    expect(topic('did it go up or down from the year before?')).toEqual([]);
  });

  it('does not take a dealing that points back or asks for an amount as the topic ("those efforts", "how much money")', () => {
    expect(topic('did those efforts work?')).toEqual([]);
    expect(topic('how much money did it promise?')).toEqual([]);
  });

  it('does not take the verb of a question put with an auxiliary before its subject, though WordNet knows it as a thing ("does it open?")', () => {
    expect(topic('when does it open?')).toEqual([]);
    expect(topic('did trump end up going to it?')).toEqual([]);
    expect(topic('how many people does it cover?')).toEqual([]);
    // A thing named after the verb still is.
    expect(topic('does it cover cars?')).toEqual(analyzeQuery(index, 'cars').terms.map((t) => t.term));
  });

  it('does not take a thing counted after "how many" as the topic: the articles count it in other words ("how many cars…")', () => {
    expect(topic('how many cars did it sell?')).toEqual([]);
    expect(topic('would it hurt farmers?')).toEqual(analyzeQuery(index, 'farmers').terms.map((t) => t.term));
  });
});

describe('what a follow-up names that no article mentions', () => {
  const unknown = (q: string) => unknownTopics(q, analyzeQuery(index, q)).map((u) => u.term.term);

  it('takes a name no dictionary knows ("Lagarde", "OECD") or a word it knows only as a noun ("IMF", "olympics")', () => {
    expect(unknown('what did Lagarde say about it?')).toEqual(analyze('Lagarde'));
    expect(unknown('and the oecd?')).toEqual(analyze('oecd'));
    expect(unknown('what does the imf think of it?')).toEqual(analyze('imf'));
    // "Japan", which every article of this corpus names, says nothing of what is asked.
    expect(unknown('what about inflation in japan?')).toEqual(analyze('inflation'));
    expect(unknown('what about the olympics?')).toEqual(analyze('olympics'));
  });

  it('takes such a name however it is written: with dots ("I.M.F.", "U.K."), in brackets', () => {
    expect(unknown('what does the I.M.F. think of it?')).toEqual(analyze('imf'));
    expect(unknown('and the U.K.?')).toEqual(analyze('uk'));
    expect(unknown('and (lagarde)?')).toEqual(analyze('lagarde'));
    expect(unknown('and the U.S.?')).toEqual([]);
  });

  it('does not take a verb or an adjective the articles put in other words ("floated", "unwilling to budge")', () => {
    expect(unknown('who floated that?')).toEqual([]);
    expect(unknown('why was japan so unwilling to budge on agriculture right then?')).toEqual([]);
  });

  it('does not take "she", which no article here writes: a pronoun points back at someone named, as "he" does', () => {
    expect(unknown('what did she admit when she left?')).toEqual([]);
    expect(unknown('was that idea hers?')).toEqual([]);
  });

  it('does not take a word some article uses', () => {
    expect(unknown('and mnuchin?')).toEqual([]);
  });

  it('takes a word heading a phrase after an article though WordNet also knows its form as a verb or an adjective ("the weather in tokyo")', () => {
    expect(unknown("what's the weather in tokyo?")).toEqual(analyze('weather'));
    expect(unknown('and the weather?')).toEqual(analyze('weather'));
    // Not one before another word: "united" in "the united kingdom" is no thing of its own.
    expect(unknown('what about the united kingdom?')).not.toContain(analyze('united')[0]);
  });

  it('takes such a word before a function word as well as before a preposition ("the weather like in tokyo", "the weather there")', () => {
    expect(unknown("what's the weather like in tokyo?")).toEqual(analyze('weather'));
    expect(unknown('how is the weather there?')).toEqual(analyze('weather'));
  });

  it('does not take an adjective standing alone after an article for something just said ("the latter", "the former")', () => {
    expect(unknown('what did they say about the latter?')).toEqual([]);
    expect(unknown('and the former?')).toEqual([]);
    expect(unknown('what about the opposite?')).toEqual([]);
  });

  it('does not take a thing named beside one the articles use ("and on beef and sushi?"): what they say of beef answers part of it', () => {
    expect(unknown('and on beef and sushi?')).toEqual([]);
    expect(unknown('what about sushi or beef?')).toEqual([]);
    // Beside nothing the articles use, it is still what is asked about.
    expect(unknown('and on sushi and sashimi?')).toEqual([...analyze('sushi'), ...analyze('sashimi')]);
  });

  it('does not take a word for what is asked of something the articles name ("Aso\'s reaction"), only of nothing named ("the reaction")', () => {
    expect(unknown("what was aso's reaction?")).toEqual([]);
    expect(unknown("what was washington's rationale?")).toEqual([]);
    expect(unknown('what was the reaction?')).toEqual(analyze('reaction'));
    expect(unknown("what does the imf think of japan's reaction?")).toEqual(analyze('imf'));
    expect(unknown('what was the reaction to the tariffs?')).toEqual([]);
    // "United" is no noun: the Arab emirates are what is asked about.
    expect(unknown('and the united arab emirates?')).toEqual(analyze('arab emirates'));
  });
});

describe('a contrast follow-up, the last question asked again of another party', () => {
  const contrast = (earlier: string, followUp: string) => contrastQuestion(followUp, analyzeQuery(index, followUp), earlier, analyzeQuery(index, earlier));

  it('replaces the phrase after the same preposition ("and for Japan?" after "… for the US?")', () => {
    expect(contrast('who signed the agreement for the us?', 'and for japan?')).toBe('who signed the agreement for japan');
  });

  it('replaces, for a bare name, the name of the same sort outside any prepositional phrase: the country represented, not the city after "in"', () => {
    expect(contrast('who represented japan at the talks in tokyo?', 'and the us?')).toBe('who represented the us at the talks in tokyo');
    expect(contrast('what did pence say about the tpp?', 'and aso?')).toBe('what did aso say about the tpp');
    expect(contrast("what's the us red line on cars?", "and japan's?")).toBe("what's japan's red line on cars");
  });

  it('rewrites nothing when the follow-up names a thing, not a party, or the earlier question has no parallel phrase', () => {
    expect(contrast('what tariff does american beef pay in japan?', 'what about pork?')).toBeUndefined();
    expect(contrast('who signed the agreement for the us?', 'and with japan?')).toBeUndefined();
    expect(contrast('who signed the agreement for the us?', 'and when?')).toBeUndefined();
  });

  it('answers "and for Japan?" after "who signed … for the US?" with the sentence that named both signers before the Japanese minister who only spoke of it', async () => {
    const minerals = await tempIndex({
      ...otherArticles(),
      'minerals.md': article(
        { title: 'U.S. and Japan sign minerals pact', publisher: 'Practice Wire', date: '2023-03-28' },
        `WASHINGTON (Practice Wire) - The United States and Japan signed an agreement on Tuesday to strengthen supply chains for the critical minerals that go into electric vehicle batteries.

U.S. Trade Representative Katherine Tai and Japan's ambassador to the United States, Koji Tomita, put their names to the accord in Washington. Known formally as the Agreement on Critical Minerals Supply Chains, it entered into force as soon as it was signed.

In Tokyo, Trade Minister Yasutoshi Nishimura told reporters that electric vehicles using critical minerals processed in Japan would now qualify for the tax credit.`,
      ),
    });
    const questions = ['who signed the critical minerals agreement for the us?', 'and for japan?'];
    const a = answer(minerals, questions[1]!, { history: replayHistory(minerals, questions.slice(0, 1)) });
    const at = (name: string) => a.sentences.findIndex((s) => s.text.includes(name));
    expect(at('Tomita')).toBeGreaterThanOrEqual(0);
    expect(at('Nishimura') < 0 || at('Tomita') < at('Nishimura')).toBe(true);
  });
});

describe('a follow-up that asks who said it', () => {
  const duties = () =>
    tempIndex({
      ...otherArticles(),
      'duties.md': article(
        { title: 'Tokyo dismayed as U.S. solar duties take effect', publisher: 'Practice Wire', date: '2021-02-05' },
        `Japan's government reacted with dismay on Friday after U.S. duties on imported solar panels took effect without an exemption for Japanese makers. The duties of 30 percent will run for four years.

"This is deeply disappointing for an ally," Industry Minister Kenji Arakawa told a news conference. Japanese panel makers shipped about 2 gigawatts of panels to the United States last year.`,
      ),
    });

  it('names the one who spoke, not a body that acted, after an answer that quoted no speaker', async () => {
    const index = await duties();
    const first = askIn(index, ['how did tokyo react to the us solar duties?']);
    expect(first.text).not.toContain('Arakawa');
    const a = askIn(index, ['how did tokyo react to the us solar duties?', 'who said that?']);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('Arakawa');
  });

  it('answers "who spoke for…?" with the one who spoke for it, not with a sentence that only uses the verb ("Speaking at the meeting, …")', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'chips.md': article(
        { title: 'Chip venture teams up with IBM', publisher: 'Practice Wire', date: '2022-12-13' },
        `Rapidus said on Tuesday it has formed a partnership with IBM to make advanced logic chips in Japan. IBM unveiled its first chip of that class last year.

Dario Gil, IBM's director of research, attended the announcement. "We are honored to be partnering with Rapidus," Gil said in IBM's statement.`,
      ),
      'meeting.md': article(
        { title: 'Trump meets Abe', publisher: 'Practice Wire', date: '2018-09-24' },
        'Speaking at the meeting, Trump said a second summit with the North Korean leader would come very quickly. Speaking to reporters later, he praised Japanese companies for their investment.',
      ),
    });
    const a = askIn(index, ['what did rapidus announce with ibm?', 'who spoke for ibm?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]?.text).toContain('Gil said');
    expect(a.text).not.toContain('Speaking at the meeting');
  });

  it('keeps the quote that names who announced it in the passive ("announced by President Donald Trump")', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'steel.md': article(
        { title: 'U.S. steel tariffs hit Japan', publisher: 'Practice Wire', date: '2021-02-05' },
        `The new tariffs on Japanese steel, announced by President Donald Trump on Wednesday, take effect next month. Japan's government reacted with dismay.

Steel makers in Osaka expect shipments to fall by a third. The Japan Iron and Steel Federation said the tariffs were unjustified.`,
      ),
    });
    const a = askIn(index, ['when do the new steel tariffs take effect?', 'who announced them?']);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('Donald Trump');
  });
});

describe('a follow-up that asks what it was before', () => {
  const glass = () =>
    tempIndex({
      ...otherArticles(),
      'glass.md': article(
        { title: 'U.S. and Japan settle glass dispute', publisher: 'Practice Wire', date: '2026-03-20' },
        `WASHINGTON (Practice Wire) - The United States and Japan agreed on Friday to set a 10 percent tariff on Japanese glass under a deal reached in March 2026, ending a dispute that had dragged on for a year.

The deal also covers fiber optics and solar glass. Japanese glass makers, which have been paying 35 percent since last spring, welcomed the agreement.

Trade officials from both sides will meet again in June to review the arrangement.`,
      ),
    });

  it('reads "and before?", "what about before the deal?", "and previously?" as asking of the time before', () => {
    for (const q of ['and before?', 'what about before the deal?', 'and previously?', 'what was it before?']) expect(asksBefore(q), q).toBe(true);
    for (const q of ['before the talks, what did abe say?', 'and after?', 'what did he say before the vote about rice?']) expect(asksBefore(q), q).toBe(false);
  });

  it('quotes what was paid before, not again what the deal sets now', async () => {
    const index = await glass();
    const a = askIn(index, ['what is the tariff on japanese glass under the march 2026 deal?', 'and before?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('35 percent');
    expect(a.text).not.toContain('10 percent');
  });

  it('quotes the sentence of what was paid before the deal, not the rate now that "has been in force"', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'glass.md': article(
        { title: 'Glass tariff in force', publisher: 'Practice Wire', date: '2026-03-20' },
        `The 15 percent tariff on Japanese glass, which has been in force since September, covers solar glass and fiber optics. Glass makers in Osaka welcomed the rate.

Before the deal, Japanese glass makers paid a 35 percent duty. Trade officials will meet again in June.`,
      ),
    });
    const a = askIn(index, ['what is the tariff on japanese glass?', 'and before the deal?']);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('35 percent');
  });
});

describe('a follow-up that asks for no sort of answer', () => {
  it('leads with what the last answer did not say, not with the sentences just read', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'forum.md': article(
        { title: 'G7 launches export control forum', publisher: 'Practice Wire', date: '2026-05-21' },
        `NAGOYA (Practice Wire) - Group of Seven leaders on Saturday launched a forum on export controls for advanced chips, and Beijing responded within hours. The forum will meet twice a year and share licensing data among members, the leaders said in a statement on economic security issued at the end of their summit in central Japan.

Officials said the forum would start with semiconductors and the tools used to make them, and could later take up quantum computing and biotechnology. Its secretariat will sit in Paris, and the first meeting is planned for the autumn, when members are to compare the licences they granted over the past year.

Beijing's commerce ministry said the forum was an attempt to contain China's development and argued that Western export curbs were themselves a threat to global supply chains.`,
      ),
    });
    const first = answer(index, 'did beijing respond to the g7 export control forum?');
    const a = askIn(index, ['did beijing respond to the g7 export control forum?', 'what was their argument?']);
    expect(a.status).toBe('answered');
    expect(first.text).not.toContain('argued');
    expect(a.sentences[0]!.text).toContain('argued that Western export curbs');
  });
});

describe('follow-ups that ask for an age', () => {
  const withAge = 'Suntory Holdings said on Monday it would buy Beam Inc for $16 billion. Nobutada Saji, 68, president and chairman of Suntory, said the deal would create a spirits giant. Suntory will pay $83.50 a share.';
  const withoutAge = 'Suntory Holdings said on Monday it would buy Beam Inc for $16 billion. Nobutada Saji, president and chairman of Suntory, said the deal would create a spirits giant. Suntory will pay $83.50 a share.';
  const askAge = async (body: string) => {
    const small = await tempIndex({ ...otherArticles(), 'beam.md': article({ title: 'Suntory to buy Beam', publisher: 'Wire', date: '2014-01-13' }, body) });
    return answer(small, 'how old is he?', { history: replayHistory(small, ["who is suntory's chairman?"]) });
  };

  it('answers "how old is he?" from a sentence that gives his age', async () => {
    const a = await askAge(withAge);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('Saji, 68,');
  });

  it('declines "how old is he?" when no quote gives an age, rather than quote another number', async () => {
    expect((await askAge(withoutAge)).status).toBe('no_answer');
  });
});

describe('a follow-up that opens a conversation', () => {
  it('says there is nothing to follow up on for "anything else?" with no history, rather than quoting a sentence', () => {
    const a = answer(index, 'anything else?');
    expect(a.status).toBe('no_answer');
    expect(a.text).toBe(NO_EARLIER_ANSWER_TEXT);
  });

  it.each(['tell me more', 'go on', 'why?', 'how come?', 'who said that?', 'when was that?', 'what did he say?'])('says the same for "%s" with no history', (question) => {
    expect(answer(index, question).text).toBe(NO_EARLIER_ANSWER_TEXT);
  });

  it('still calls a message that neither asks nor points back no question', () => {
    expect(answer(index, "what's going on?").text).toBe(NOT_A_QUESTION_TEXT);
  });

  it('answers a follow-up that names its own topic, with no history, as a question of its own', () => {
    expect(answer(index, 'and aso?').status).toBe('answered');
  });

  it.each(['tell me more about the tariffs', 'more on the yen'])('searches "%s" with no history: more about a topic of its own', (question) => {
    expect(answer(index, question).text).not.toBe(NO_EARLIER_ANSWER_TEXT);
  });

  it.each(['tell me more about the company', 'more about him'])('says there is nothing to follow up on for "%s": it points back to a name', (question) => {
    expect(answer(index, question).text).toBe(NO_EARLIER_ANSWER_TEXT);
  });

  it('tells a message that leans on an earlier turn from one that does not', () => {
    expect(needsEarlierTurn('who said that?', analyzeQuery(index, 'who said that?'))).toBe(true);
    expect(needsEarlierTurn('who is aso?', analyzeQuery(index, 'who is aso?'))).toBe(false);
  });
});
