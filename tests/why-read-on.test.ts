import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

/** The claim in one paragraph, the reason for it in the next, which shares only "clause" with the question. */
const NOTICE = [
  'The Trump administration on Tuesday formally notified Congress that it plans to negotiate a bilateral trade agreement with Japan, starting a legal clock that means the talks cannot open before the middle of January.',
  '',
  'A further irritant surfaced last Saturday, when Treasury Secretary Steven Mnuchin told reporters at the International Monetary Fund meetings in Bali that Washington wants a clause against competitive currency devaluation in any deal with Japan. "That would be one of the issues we discuss, but yes, our objective is to incorporate this language into future trade agreements," Mnuchin said.',
  '',
  'Japan\'s economy minister, Toshimitsu Motegi, who leads the talks for Tokyo, said on Sunday that he had not discussed the matter with Lighthizer. "If discussions on this subject become necessary, they will be made by the finance ministers of both countries," Motegi said. Japanese officials worry that such a clause could tie their hands if they ever need to step into markets to stop a sharp rise in the yen.',
].join('\n');

/** Three passages about Mnuchin and currencies, each its own paragraph, that rank above the paragraph giving the reason. */
const TALKS = [
  'Previously, US Treasury Secretary Steven Mnuchin has said the US wants any trade deal with Japan to include language that would prevent competitive currency devaluations, moves designed specifically to boost exports, and he repeated the point to reporters in Washington on Friday.',
  '',
  'Mnuchin met Finance Minister Taro Aso in Washington on Thursday and discussed currency markets, the Treasury said in a statement issued after the meeting, which lasted about an hour and was the first between the two since the spring meetings of the fund.',
  '',
  'The yen has risen against the dollar this year as investors sought safety, and currency traders will watch the talks closely for any sign that Mnuchin wants Tokyo to let its money strengthen further, analysts at several Tokyo brokerages said on Monday.',
].join('\n');

let index: SearchIndex;
beforeAll(async () => {
  index = await tempIndex({
    ...otherArticles(),
    'notice.md': article({ title: 'U.S. formally tells Congress it will negotiate a trade deal with Japan', publisher: 'Wire', date: '2018-10-17' }, NOTICE),
    'talks.md': article({ title: 'Japan and US to hold working-level trade talks', publisher: 'Wire', date: '2019-06-04' }, TALKS),
  });
});

describe('a reason told in the paragraph after the claim', () => {
  it('answers a "why" question with the reason the passage after the best one gives, though that passage ranks low', () => {
    const a = answer(index, "why r the japanese nervous abt mnuchin's currency clause");
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('could tie their hands');
  });
});
