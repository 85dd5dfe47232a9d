import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { asksNow } from '../src/followUp.ts';
import { asksAboutNow, asksForLatest } from '../src/latest.ts';
import { article, otherArticles, realIndex, tempIndex } from './helpers/corpus.ts';

describe('asking for the latest', () => {
  it.each([
    ["what's the latest?", ''],
    ['whats the latest on the steel deal?', 'the steel deal'],
    ['any news on rice?', 'rice'],
    ['latest news about korus', 'korus'],
    ['Any updates on the auto tariffs?', 'the auto tariffs'],
    ['ok so what is new with ipef', 'ipef'],
    ["what's new?", ''],
    ['what is new in the chip talks', 'the chip talks'],
    ["what's been happening lately?", ''],
    ["hey tradetalk, what's the latest?", ''],
    ['whats the status of the auto tariffs', 'the auto tariffs'],
    ['give me an update on korus', 'korus'],
    ['news?', ''],
    ['anything new on beef?', 'beef'],
    ['the most recent developments in the chip talks', 'the chip talks'],
  ])('reads "%s" as asking for the latest on "%s"', (question, topic) => {
    expect(asksForLatest(question)).toEqual({ topic });
  });

  it.each([
    'what did the latest round of talks achieve?',
    'who is the newest trade minister of japan?',
    'when was the deal signed?',
    'news agency that suga spoke to?',
    "what is New Zealand's position on the TPP?",
    'whats new york saying about the deal?',
    'what status does japan have?',
    'news reports said what?',
    'anything new york said?',
    'what is the status quo in the steel market?',
  ])(
    'does not read "%s" as asking for the latest news',
    (question) => {
      expect(asksForLatest(question)).toBeUndefined();
    },
  );
});

describe('asking how things stand now', () => {
  it.each([
    'who is the current US trade representative?',
    'what do japanese cars pay now?',
    'what is the duty right now',
    'which tariffs apply at present?',
    'what is japan currently buying?',
    // "Before" an event still to come sets no earlier time against "now".
    'what is the tariff on japanese cars now, before the deal takes effect?',
    'where do the talks stand now before the g7 summit?',
    "what's japan's position right now, prior to the election?",
  ])(
    'reads "%s" as asking how things stand now',
    (question) => {
      expect(asksAboutNow(question)).toBe(true);
    },
  );

  it.each([
    "what's the tariff on beef now that the deal is in force?",
    "how big is japan's current account surplus?",
    'who was the trade representative?',
    'toshibas loss forecast now vs what it said before?',
    'what does the rate stand at now compared with originally?',
    'what is the tariff on cars now vs before the deal?',
    'is the beef tariff higher now than before the safeguard?',
    'what did cars pay before the deal and what do they pay now?',
    'how does the prior offer compare with what japan offers now?',
  ])(
    'does not read "%s" as asking how things stand now',
    (question) => {
      expect(asksAboutNow(question)).toBe(false);
    },
  );
});

describe('asking the last question again of now', () => {
  it.each(['and now?', 'what about now', 'And today?', 'what is it now?', 'how much is it right now?', 'so currently?'])('reads "%s" as asking the last question of now', (question) => {
    expect(asksNow(question)).toBe(true);
  });

  it.each(['now what?', 'what happens now with the talks?', 'and before?'])('does not read "%s" as asking the last question of now', (question) => {
    expect(asksNow(question)).toBe(false);
  });
});

describe('answers to "what\'s the latest"', () => {
  let seeds: SearchIndex;
  beforeAll(async () => {
    seeds = await realIndex();
  });

  it('quotes the opening of the newest article, and says how new it is', () => {
    const a = answer(seeds, "what's the latest?");
    expect(a.status).toBe('answered');
    expect(a.citations[0]?.date).toBe('2019-06-04');
    expect(a.sentences[0]?.text).toMatch(/^Japan and the United States \(US\) will hold working-level talks/);
    expect(a.text).toContain("From my newest article, dated June 4, 2019; I can't see news after it.");
  });

  it('quotes the newest article for a topic every article is about', () => {
    const a = answer(seeds, "what's the latest on the trade talks?");
    expect(a.status).toBe('answered');
    expect(a.citations[0]?.date).toBe('2019-06-04');
  });

  it('answers "who said that?" after the latest from the newest article, which names who said it', () => {
    const a = answer(seeds, 'who said that?', { history: [{ question: "what's the latest?" }] });
    expect(a.status).toBe('answered');
    expect(a.citations[0]?.date).toBe('2019-06-04');
    expect(a.sentences[0]?.text).toContain('Toshimitsu Motegi, said on Tuesday');
  });

  it('answers a follow-up to the latest that names something of its own about that alone, not about the headline\'s news', () => {
    const after = (q: string) => answer(seeds, q, { history: [{ question: "what's the latest?" }] });
    expect(after('what about beef?').sentences[0]?.text).toContain('beef');
    expect(after('and the tpp?').sentences[0]?.text).toContain('Trans-Pacific Partnership');
    expect(after('what about the olympics?').status).toBe('no_answer');
  });

  it('reads "why?" after the latest as about the news its headline names, not as a question with nothing to search for', () => {
    const a = answer(seeds, 'why?', { history: [{ question: "what's the latest?" }] });
    expect(a.status).toBe('answered');
    expect(a.citations.map((c) => c.date)).toEqual(['2019-06-04']);
  });

  it('answers "whats new york got to do with…?" as a question, without a note on the newest article', () => {
    const a = answer(seeds, 'whats new york got to do with the trade negotiations?');
    expect(a.status).toBe('answered');
    expect(a.text).not.toContain("I can't see news after it");
  });

  it('reads "any news on that?" after "what\'s the latest on korus?" as about korus', () => {
    const a = answer(seeds, 'any news on that?', { history: [{ question: "what's the latest on korus?" }] });
    expect(a.status).toBe('answered');
    expect(a.text).toContain('Korus');
  });

  it('answers from an older article when the newest on the topic does not say what was asked', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'old.md': article({ title: 'Kono takes whisky post', publisher: 'Wire', date: '2018-03-01' }, 'Taro Kono replaced Taro Aso as whisky minister on Friday.'),
      'new.md': article({ title: 'Whisky minister change recalled', publisher: 'Wire', date: '2020-05-01' }, 'Aso was replaced as whisky minister two years ago, officials recalled.'),
    });
    const a = answer(index, 'any news on who replaced aso as whisky minister?');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]?.text).toBe('Taro Kono replaced Taro Aso as whisky minister on Friday.');
    expect(a.text).not.toContain('The newest article I know on this');
  });

  it('declines the latest on a topic no article covers', () => {
    expect(answer(seeds, 'any news on the olympics?').status).toBe('no_answer');
  });

  describe('on a topic two articles cover', () => {
    let index: SearchIndex;
    beforeAll(async () => {
      index = await tempIndex({
        ...otherArticles(),
        'old.md': article({ title: 'Whisky duty talks open', publisher: 'Wire', date: '2018-03-01' }, 'Japan and the United States opened talks on the whisky duty in Tokyo.'),
        'new.md': article({ title: 'Whisky duty cut agreed', publisher: 'Wire', date: '2020-05-01' }, 'Japan agreed to cut its whisky duty to zero by 2023.'),
        'newer.md': article({ title: 'Tokyo weather', publisher: 'Wire', date: '2021-01-01' }, 'It snowed in Tokyo on Friday.'),
      });
    });

    it('answers from the newest article that covers it, not the newest article', () => {
      const a = answer(index, 'any news on the whisky duty?');
      expect(a.status).toBe('answered');
      expect(a.citations.map((c) => c.title)).toEqual(['Whisky duty cut agreed']);
      expect(a.text).toContain('The newest article I know on this is dated May 1, 2020');
    });

    it('answers the same topic asked plainly from the article that matches it best, whatever its date', () => {
      const a = answer(index, 'what happened with the whisky duty talks in tokyo?');
      expect(a.citations[0]?.title).toBe('Whisky duty talks open');
    });

    it('answers a question about how things stand now from the newest article that covers it', () => {
      const a = answer(index, 'what is the whisky duty now?');
      expect(a.citations.map((c) => c.title)).toEqual(['Whisky duty cut agreed']);
      expect(a.text).toContain('The newest article I know on this is dated May 1, 2020');
    });

    it('answers a question about now in a year it names from the article that matches it best', () => {
      const a = answer(index, 'what were the whisky duty talks in tokyo about in march 2018, currently?');
      expect(a.citations[0]?.title).toBe('Whisky duty talks open');
    });

    it('answers "and now?" as the question before it, asked of the newest article that covers it', () => {
      const a = answer(index, 'and now?', { history: [{ question: 'what was the whisky duty in march 2018?' }] });
      expect(a.status).toBe('answered');
      expect(a.citations.map((c) => c.title)).toEqual(['Whisky duty cut agreed']);
      expect(a.notes.join(' ')).toContain('Read as a follow-up to "what was the whisky duty in march 2018?"');
    });

    it('declines "and now?" when the question before it gave nothing to search for', () => {
      expect(answer(index, 'and now?', { history: [{ question: 'hello' }] }).status).toBe('no_answer');
    });

    it('reads "any news on that?" as the latest on the question before it', () => {
      const a = answer(index, 'any news on that?', { history: [{ question: 'what about the whisky duty?' }] });
      expect(a.citations.map((c) => c.title)).toEqual(['Whisky duty cut agreed']);
    });
  });

  describe('when the newest article on a topic does not answer a question about now', () => {
    let index: SearchIndex;
    beforeAll(async () => {
      index = await tempIndex({
        ...otherArticles(),
        'bid.md': article({ title: 'Nippon Steel to buy U.S. Steel', publisher: 'Wire', date: '2023-12-18' }, 'Nippon Steel agreed to buy U.S. Steel for $14.1 billion in cash.'),
        'biden.md': article({ title: 'Biden opposes Nippon Steel bid', publisher: 'Wire', date: '2024-03-15' }, 'Biden said U.S. Steel must stay American-owned, clouding the bid by Nippon Steel.'),
      });
    });

    it('answers it as the question without "now", rather than declining', () => {
      const plain = answer(index, 'how much is nippon steel paying for u.s. steel?');
      expect(plain.status).toBe('answered');
      for (const asked of ['how much is nippon steel paying for u.s. steel now?', 'how much is nippon steel currently paying for u.s. steel?']) {
        const a = answer(index, asked);
        expect(a.status, asked).toBe('answered');
        expect(a.sentences[0]?.text, asked).toContain('$14.1 billion');
      }
    });
  });
});
