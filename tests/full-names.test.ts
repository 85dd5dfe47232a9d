import { describe, expect, it } from 'vitest';
import { answer } from '../src/answer.ts';
import { fullNameIn } from '../src/fullNames.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

const CHIPS = article(
  { title: 'Rapidus teams up with IBM', publisher: 'Wire', date: '2022-12-13' },
  [
    'Rapidus said on Tuesday it has formed a partnership with IBM to make 2-nanometer chips, IBM Research Director Dario Gil said at a news conference in Tokyo with U.S. Trade Representative Robert E. Lighthizer.',
    '"IBM is honored to be partnering with Rapidus," Gil said in a statement.',
    'Lighthizer did not comment.',
  ].join('\n\n'),
);

describe('full names from the article (fullNames.ts)', () => {
  it('reads a surname’s full name from the article, without the title before it', async () => {
    const index = await tempIndex({ 'chips.md': CHIPS, ...otherArticles() });
    expect(fullNameIn(index, 'chips', 'Gil')).toBe('Dario Gil');
  });

  it('keeps a middle initial and leaves out a title that ends in a person noun', async () => {
    const index = await tempIndex({ 'chips.md': CHIPS, ...otherArticles() });
    expect(fullNameIn(index, 'chips', 'Lighthizer')).toBe('Robert E. Lighthizer');
  });

  it('gives no full name when the article names two people of that surname', async () => {
    const index = await tempIndex({
      'abe.md': article(
        { title: 'Abes at the White House', publisher: 'Wire', date: '2017-02-11' },
        'Prime Minister Shinzo Abe arrived with his wife, Akie Abe, on Friday.\n\n"We had a great meeting," Abe said.',
      ),
      ...otherArticles(),
    });
    expect(fullNameIn(index, 'abe', 'Abe')).toBeUndefined();
  });

  it('gives no full name for a company named after a person, which the article writes alone before naming them', async () => {
    const index = await tempIndex({
      'unit.md': article(
        { title: 'Reactor maker files for bankruptcy', publisher: 'Wire', date: '2017-03-31' },
        [
          'TOKYO (Wire) - Toshiba Corp. said its U.S. nuclear unit Westinghouse Electric Co. filed for bankruptcy protection on Wednesday.',
          'The company, founded by inventor George Westinghouse in 1886, has about 12,000 employees.',
          'Westinghouse said it had reached deals with the plant owners to continue work.',
        ].join('\n\n'),
      ),
      ...otherArticles(),
    });
    expect(fullNameIn(index, 'unit', 'Westinghouse')).toBeUndefined();
    const a = answer(index, 'who said it had reached deals with the plant owners?');
    expect(a.sentences[0]!.text).toContain('Westinghouse said');
    expect(a.notes.some((n) => n.includes('George Westinghouse'))).toBe(false);
  });

  it('tells who a speaker named by surname alone is, in a note, when asked who spoke', async () => {
    const index = await tempIndex({ 'chips.md': CHIPS, ...otherArticles() });
    const a = answer(index, 'who spoke for ibm about being honored by the partnership?');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('Gil said');
    expect(a.notes).toContain('In source [1], Gil is Dario Gil.');
  });

  it('adds no such note when the question names the speaker', async () => {
    const index = await tempIndex({ 'chips.md': CHIPS, ...otherArticles() });
    const a = answer(index, 'what did Gil say about being honored by the partnership?');
    expect(a.notes.some((n) => n.includes('Dario Gil'))).toBe(false);
  });

  it('adds the note when the surname is only part of a word of the question ("Suga" in "sugar")', async () => {
    const index = await tempIndex({
      'sugar.md': article(
        { title: 'Tokyo holds the line on farm goods', publisher: 'Wire', date: '2019-04-16' },
        [
          'Chief Cabinet Secretary Yoshihide Suga spoke to reporters in Tokyo on Tuesday, before the first round of trade talks.',
          '"Sugar and rice will stay protected, as they were under the TPP," Suga said.',
        ].join('\n\n'),
      ),
      ...otherArticles(),
    });
    const a = answer(index, 'who said sugar and rice would stay protected?');
    expect(a.sentences[0]!.text).toContain('Suga said');
    expect(a.notes).toContain('In source [1], Suga is Yoshihide Suga.');
  });
});

describe('full names on a corpus that gives no roles', () => {
  it('leaves a title out of the name though no role was read from it ("Representative")', async () => {
    const index = await tempIndex({
      'tai.md': article(
        { title: 'Tai in Tokyo', publisher: 'Wire', date: '2022-04-20' },
        'U.S. Trade Representative Katherine Tai met Japanese officials in Tokyo.\n\n"We had a productive meeting," Tai said.',
      ),
      'other.md': article({ title: 'Other', publisher: 'Wire', date: '2022-04-21' }, 'Japan and the United States discussed rice.'),
    });
    expect(fullNameIn(index, 'tai', 'Tai')).toBe('Katherine Tai');
  });
});
