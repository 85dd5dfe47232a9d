import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS_READ, prepareQuestion, stripMarkup } from '../src/question.ts';

describe('markup in a message', () => {
  it('drops script and style elements with their code, keeping the words around them', () => {
    expect(stripMarkup("what <script>alert('x')</script> is <STYLE type=\"text/css\">p { color: red }</style> korus?")).toBe('what is korus?');
  });

  it('drops only the tag of an element nothing closes, keeping the words after it', () => {
    expect(stripMarkup('<script>what is korus?')).toBe('what is korus?');
    expect(stripMarkup('<style>who is <script>taro aso</script>?')).toBe('who is ?');
  });

  it('drops tags and HTML comments, each ending at its ">"', () => {
    expect(stripMarkup('<b>who</b> is <!-- note --> <a href="x">taro aso</a>?')).toBe('who is taro aso ?');
  });
});

describe('a long message', () => {
  it(`is read up to ${MAX_MESSAGE_CHARS_READ} characters: a question after a longer code block is not seen`, () => {
    const code = (length: number) => '```' + 'x = 1\n'.repeat(Math.ceil(length / 6)) + '```';
    expect(prepareQuestion(`${code(1000)} what is korus?`).text).toBe('what is korus?');
    expect(prepareQuestion(`${code(MAX_MESSAGE_CHARS_READ)} what is korus?`).text).not.toContain('korus');
  });
});
