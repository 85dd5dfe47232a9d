import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { namedThingsAsked, thingsNamedIn } from '../src/answerTypes.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('a list of things that have names, given without a series', () => {
  it('asks for named things with "which companies" and "which brands", not with "what concessions" or "what research areas"', () => {
    for (const q of ['which two japanese companies are caught up in the ibm secrets case', 'which us brands is shiseido hanging on to', 'which japanese life insurers bought us insurers']) expect(namedThingsAsked(q), q).toBe(true);
    for (const q of ['what farm concessions did japan make in the tpp?', 'what research areas does the partnership cover', 'what makes the store different from a toy shop']) expect(namedThingsAsked(q), q).toBe(false);
  });

  it('asks for named things with "which groups", as with "which countries": the word that heads the sort of organisations is one', () => {
    expect(namedThingsAsked('which groups opposed the deal?')).toBe(true);
  });

  it('counts the companies and brands a sentence names, once each, and not its people', () => {
    expect(thingsNamedIn('Federal authorities charged employees of Hitachi Ltd. and Mitsubishi Electric Corp. with conspiring.')).toEqual(['hitachi ltd', 'mitsubishi electric corp']);
    expect(thingsNamedIn('"We are honored," Gil said in IBM\'s statement about IBM.')).toEqual(['ibm']);
    expect(thingsNamedIn('The company met fierce resistance from American-style retailers, said Yoshihide Suga.').length).toBeLessThan(2);
  });

  it('quotes the sentence that names two companies for "which two companies…", though it writes few of the question\'s words', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'sting.md': article(
        { title: 'FBI charges Japanese businessmen in IBM secrets sting', publisher: 'Wire', date: '1982-06-24' },
        "Two Japanese companies were caught up in the IBM secrets case, the FBI said on Tuesday, calling the sting the bureau's most ambitious operation. FBI officials said the case was a commercial theft case, not a counterintelligence case.\n\nFederal authorities have charged 18 Japanese businessmen, many of them senior employees of Hitachi Ltd. and Mitsubishi Electric Corp., with conspiring to steal IBM secrets. Officials could not immediately be reached for comment.",
      ),
    });
    const a = answer(index, 'which two japanese companies are caught up in the ibm secrets case');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('Hitachi Ltd. and Mitsubishi Electric Corp.');
  });
});
