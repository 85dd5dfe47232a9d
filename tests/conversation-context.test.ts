import { beforeAll, describe, expect, it } from 'vitest';
import { type SearchIndex } from '../src/index.ts';
import { conversationScope, rankWithin, sentencesInContext } from '../src/conversationContext.ts';
import { analyze } from '../src/analyze.ts';
import { analyzeQuery } from '../src/rank.ts';
import { article, otherArticles, realIndex, tempIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const ARTICLE = '2019-06-04-japan-and-us-to-hold-working-level-trade-talks';
const MNUCHIN =
  'Previously, US Treasury Secretary Steven Mnuchin has said the US wants any trade deal with Japan to include language that would prevent competitive devaluations – currency moves designed specifically to boost exports.';

describe('answering within the conversation', () => {
  it('does not hold the sentence just quoted nearest to a follow-up it does not answer: asked for a date, a dated sentence a few lines on outranks it', () => {
    const passage = [...index.passages.values()].find((p) => p.articleId === ARTICLE && p.text.includes(MNUCHIN))!;
    const scope = conversationScope(index, [[passage.id]], [MNUCHIN]);
    const ranked = rankWithin(index, analyzeQuery(index, 'japan'), scope, 'date');
    expect(ranked[0]!.passage.text).toContain('February 2017');
  });

  it('reads who speaks in each sentence: the name before "said" or after it, and for "…,” he said" the speaker of the sentence before', () => {
    const sentences = sentencesInContext(index, '2017-04-18-pence-pushes-japan-to-start-trade-talks');
    const speakersOf = (start: string) => [...sentences.find((s) => s.text.startsWith(start))!.speakers];
    const [aso] = analyze('Aso');
    const [pence] = analyze('Pence');
    const [harris] = analyze('Harris');
    expect(speakersOf('Aso said that the friction')).toContain(aso);
    expect(speakersOf('“We’re entering a new area')).toContain(aso);
    expect(speakersOf('“We’re entering a new area')).not.toContain(pence);
    expect(speakersOf('“Under President Trump’s leadership')).toContain(pence);
    expect(speakersOf('But his government has re-embraced TPP')).toContain(harris);
    expect(speakersOf('“Second, it gives Japan some leverage')).toContain(harris);
    // A sentence that names someone only as "he" now names them: it can answer a follow-up about Aso.
    expect([...sentences.find((s) => s.text.startsWith('“We’re entering a new area'))!.terms]).toContain(aso);
  });

  it('reads speakers as the answer types do: a capitalised word before a verb of speech that names no one is no speaker', async () => {
    const small = await tempIndex({
      'talks.md': article(
        { title: 'Talks', publisher: 'Wire', date: '2019-06-04' },
        'Media reports said the talks would resume in June.\n\nThe Yomiuri Shimbun reported that Motegi would attend.',
      ),
      ...otherArticles(),
    });
    const sentences = sentencesInContext(small, 'talks');
    expect([...sentences[0]!.speakers]).toEqual([]);
    expect([...sentences[1]!.speakers]).toEqual(analyze('Yomiuri Shimbun'));
  });

  it('counts a sentence that tells what would follow, with no cause word, as giving a reason for "why?"', () => {
    const article = '2017-04-18-pence-pushes-japan-to-start-trade-talks';
    const claim = 'But Japan rejected the idea of starting bilateral trade negotiations, the Asahi Shimbun reported last week.';
    const passage = [...index.passages.values()].find((p) => p.articleId === article && p.text.includes(claim))!;
    const scope = conversationScope(index, [[passage.id]], [claim]);
    const query = analyzeQuery(index, 'did japan agree to bilateral trade negotiations');
    const scoreOf = (type: 'reason' | undefined) => {
      const scores = new Map<string, number>();
      rankWithin(index, query, scope, type, [], {}, scores);
      return [...scores].find(([text]) => text.startsWith('A bilateral deal would likely require Tokyo'))![1];
    };
    expect(scoreOf('reason')).toBeGreaterThan(scoreOf(undefined));
  });

  it('reads the name a sentence opens with, after a connective at most, as its subject', () => {
    const sentences = sentencesInContext(index, ARTICLE);
    const subjectsOf = (start: string) => [...sentences.find((s) => s.text.startsWith(start))!.subjects];
    const [japan] = analyze('Japan');
    expect(subjectsOf('Japan, though, wants to avoid')).toContain(japan);
    expect(subjectsOf('Previously, US Treasury Secretary')).not.toContain(japan);
  });

  it('credits a sentence that answered the question a contrast follow-up repeats with what the two share, though it says it in other words', async () => {
    const minerals = await tempIndex({
      ...otherArticles(),
      'minerals.md': article(
        { title: 'U.S. and Japan sign minerals pact', publisher: 'Practice Wire', date: '2023-03-28' },
        `U.S. Trade Representative Katherine Tai and Japan's ambassador, Koji Tomita, put their names to the accord in Washington.

In Tokyo, Trade Minister Yasutoshi Nishimura said electric vehicles using critical minerals processed in Japan would qualify for the tax credit.`,
      ),
    });
    const signers = [...minerals.passages.values()].find((p) => p.text.includes('Tomita'))!;
    const quoted = ["U.S. Trade Representative Katherine Tai and Japan's ambassador, Koji Tomita, put their names to the accord in Washington."];
    const scope = conversationScope(minerals, [[signers.id]], quoted);
    const query = analyzeQuery(minerals, 'who signed the critical minerals agreement for japan');
    const own = query.terms.filter((t) => t.term === analyze('Japan')[0]);
    const scoreOf = (answeredBefore: string[]) => {
      const scores = new Map<string, number>();
      rankWithin(minerals, query, scope, 'person', own, {}, scores, answeredBefore);
      const of = (name: string) => [...scores].find(([text]) => text.includes(name))![1];
      return of('Tomita') - of('Nishimura');
    };
    expect(scoreOf([])).toBeLessThan(0);
    expect(scoreOf(quoted)).toBeGreaterThan(0);
  });
});
