import { describe, expect, it } from 'vitest';
import { answerMessage, answerMetadata, escapeSlack, SECTION_TEXT_LIMIT, turnFromMetadata } from '../adapters/slack/format.ts';
import type { Answer } from '../src/index.ts';

const answer = (text: string): Answer => ({
  question: 'q',
  status: 'answered',
  text,
  sentences: [{ text, citation: 1 }],
  citations: [{ n: 1, title: 'A & B <C>', publisher: 'P', date: '2019-06-04', passage: text, score: 1, articleId: 'a', passageId: 'a#0' }],
  notes: [],
  confidence: 1,
});

describe('Slack formatting', () => {
  it('escapes &, < and > so no mention or link can form', () => {
    expect(escapeSlack('<!channel> & <@U123>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt;');
  });

  it('escapes text from the corpus, titles included', () => {
    const message = answerMessage(answer('Tariffs <rose> & fell'), { answerId: 'x' });
    const json = JSON.stringify(message);
    expect(json).toContain('Tariffs &lt;rose&gt; &amp; fell');
    expect(json).toContain('A &amp; B &lt;C&gt;');
  });

  it('keeps every section within Slack’s 3,000 characters and always sets a text fallback', () => {
    const message = answerMessage(answer('word '.repeat(2000)), { answerId: 'x' });
    expect(message.text.length).toBeGreaterThan(0);
    for (const b of message.blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });
});

describe('answer metadata', () => {
  it('reads back as the history item of the answer: its question and cited passages', () => {
    expect(turnFromMetadata(answerMetadata('abcd1234', { ...answer('x'), question: 'and Aso?' }))).toEqual({ question: 'and Aso?', passageIds: ['a#0'] });
  });

  it('is not read from another app\'s metadata', () => {
    expect(turnFromMetadata({ event_type: 'something_else', event_payload: { question: 'q' } })).toBeUndefined();
  });
});
