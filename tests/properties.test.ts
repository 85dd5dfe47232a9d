import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerMessage as discordAnswerMessage } from '../adapters/discord/format.ts';
import { answerMessage as slackAnswerMessage } from '../adapters/slack/format.ts';
import { answer, buildIndex, loadCorpus, type SearchIndex } from '../src/index.ts';
import { article, realIndex, tempCorpus } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const STATUSES = ['answered', 'no_answer', 'invalid', 'reply'];

/** 300 questions of up to 10,000 characters take a few seconds; this ceiling is for a busy shared machine, not a speed target. */
const PROPERTY_TEST_TIMEOUT_MS = 30_000;

describe('answer on arbitrary input', () => {
  it('never throws and always returns a well-formed answer, for any Unicode up to 10,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10_000 }), (q) => {
        const a = answer(index, q);
        expect(STATUSES).toContain(a.status);
        expect(typeof a.text).toBe('string');
        expect(a.text.length).toBeGreaterThan(0);
        if (a.status !== 'answered') expect(a.citations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('answers strings of chat markup, mentions and corpus words only with sentences quoted verbatim from the articles it cites', () => {
    const piece = fc.constantFrom('<!channel>', '<!here>', '@everyone', '<@U123>', '<#C1|general>', '*', '_', '`', '```', '<', '>', '&amp;', 'U.S.', "Japan's", 'tariff', 'Pence', '2018', '\u0000', '\uD800', '🇯🇵', ' ', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const a = answer(index, parts.join(''));
        if (a.status !== 'answered') {
          expect(a.citations).toEqual([]);
          expect(a.sentences).toEqual([]);
          return;
        }
        expect(a.sentences.length).toBeGreaterThan(0);
        for (const s of a.sentences) {
          const cited = a.citations.find((c) => c.n === s.citation);
          expect(cited, `citation [${s.citation}]`).toBeDefined();
          const articleText = [...index.passages.values()].filter((p) => p.articleId === cited?.articleId).map((p) => p.text);
          expect(articleText.some((t) => t.includes(s.text)), s.text).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** One article whose sentence holds every kind of mention, so an answer about it echoes them. */
const MENTIONING_ARTICLE = article(
  { title: 'Steel tariffs stay', publisher: 'Wire', date: '2019-05-01' },
  'Lighthizer told @everyone, @here, <@U024BE7LH>, <@123456789012345678> and <@&123456789012345678> that steel tariffs on Japan would stay until the autumn.',
);
/** Mentions a user might put in the question, which the adapters show again. */
const MENTIONS = ['<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '<@U024BE7LH>', '<@123456789012345678>', '<@&123456789012345678>'];
const QUESTIONS = ['What did Lighthizer say about steel tariffs on Japan?', 'How long will the steel tariffs on Japan stay?', 'Who did Lighthizer tell about the steel tariffs?'];
const ASKER = 'UASKER0001';

describe('mentions echoed back from an article or the question', () => {
  let mentioning: SearchIndex;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const corpus = await tempCorpus({ 'steel.md': MENTIONING_ARTICLE });
    cleanup = corpus.cleanup;
    mentioning = buildIndex(await loadCorpus(corpus.dir));
  });
  afterAll(() => cleanup());

  /** A question with a mention put in at any word boundary; the core's answer to it echoes the article's mentions. */
  const askedWithMention = fc.tuple(fc.constantFrom(...MENTIONS), fc.constantFrom(...QUESTIONS), fc.nat()).map(([mention, question, at]) => {
    const words = question.split(' ');
    words.splice(at % (words.length + 1), 0, mention);
    const a = answer(mentioning, words.join(' '));
    // The echo this property is about: without it the property would pass by construction.
    expect(a.status).toBe('answered');
    expect(a.text).toContain('@everyone');
    expect(a.question).toContain(mention);
    return a;
  });

  it('never form a live mention in the Slack message, whose context line repeats the question', () => {
    fc.assert(
      fc.property(askedWithMention, (a) => {
        const rendered = JSON.stringify(slackAnswerMessage(a, { answerId: 'a1', shareable: true, askedBy: ASKER })).replaceAll(`<@${ASKER}>`, '');
        expect(rendered).not.toMatch(/<[!@#]/);
      }),
      { numRuns: 100 },
    );
  });

  it('never form a live mention in the Discord message, whose title repeats the question', () => {
    fc.assert(
      fc.property(askedWithMention, (a) => {
        const message = discordAnswerMessage(a, 'a1', true);
        const rendered = JSON.stringify(message.embeds);
        expect(rendered).not.toMatch(/@(everyone|here)/);
        expect(rendered).not.toMatch(/<@[!&]?\d+>/);
      }),
      { numRuns: 100 },
    );
  });
});
