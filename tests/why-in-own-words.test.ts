import { beforeAll, describe, expect, it } from 'vitest';
import { answer, replayHistory, type SearchIndex } from '../src/index.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

const SPACEJET = [
  'Mitsubishi Heavy Industries said on Tuesday it would end development of its SpaceJet regional jet.',
  'The company had spent about 1 trillion yen on the plane.',
  '',
  'In October 2019, U.S. regional airline group Trans States Holdings cancelled an order for 50 SpaceJets and options on 50 more. "Scope clause has not relaxed as anticipated," Hisakazu Mizutani, then president of Mitsubishi Aircraft, said at the time. Mesa Airlines later signed a memorandum for a smaller model.',
].join('\n');

const FUJIFILM = [
  'Fujifilm said on Wednesday that Fuji Xerox would cut 10,000 jobs by 2020 and close or merge factories in Japan and the rest of Asia.',
  'The venture had more than 47,000 employees, so Fuji Xerox would lose more than a fifth of its workforce in the cuts.',
  '',
  'Fujifilm will take control of Xerox in a deal worth $6.1 billion. "The market environment surrounding Fuji Xerox has grown increasingly severe," Fujifilm said in a statement.',
].join('\n');

let index: SearchIndex;
beforeAll(async () => {
  index = await tempIndex({
    ...otherArticles(),
    'spacejet.md': article({ title: 'Mitsubishi Heavy scraps SpaceJet', publisher: 'Wire', date: '2023-02-07' }, SPACEJET),
    'fujifilm.md': article({ title: 'Fujifilm to take control of Xerox', publisher: 'Wire', date: '2018-01-31' }, FUJIFILM),
  });
});

describe('a reason given in someone\'s own words', () => {
  it('answers "why?" with the quotation right after the claim just quoted, though it shares no word with the question', () => {
    const history = ['which us airline group cancelled its spacejet order in 2019?'];
    const a = answer(index, 'why?', { history: replayHistory(index, history, {}) });
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('Scope clause has not relaxed');
  });

  it('answers a "why" question with a quotation of whom it names, not only the sentence that states the claim', () => {
    const a = answer(index, 'why is fujifilm cutting 10k jobs at fuji xerox');
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('grown increasingly severe');
  });
});
