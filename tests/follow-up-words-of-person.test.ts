import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, replayHistory, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The seed articles and the 1955–2006 held-out set's, as that set is scored. */
let index: SearchIndex;
beforeAll(async () => {
  const dir = resolve(import.meta.dirname, '../eval/heldout24/articles');
  const seed = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md'));
  index = await tempIndex({
    ...Object.fromEntries(seed.map((f) => [f, heldOutArticle(`../corpus/${f}`)])),
    ...Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, heldOutArticle(`heldout24/articles/${f}`)])),
  });
});

const askIn = (questions: string[]) => answer(index, questions.at(-1)!, { history: replayHistory(index, questions.slice(0, -1)) });
const quoted = (a: { sentences: readonly { text: string }[] }) => a.sentences.map((s) => s.text).join(' ');

describe('a follow-up asking for the words of the person just found', () => {
  it('quotes what he says, not only the sentences that named him ("what does he say the japanese have to do…?" after "who is the uaw president…?")', () => {
    const who = askIn(['who is the uaw president in the honda story?']);
    expect(quoted(who)).toContain('The president of the United Auto Workers warned');
    const a = askIn(['who is the uaw president in the honda story?', 'what does he say the japanese have to do if they want to keep selling here']);
    expect(a.status).toBe('answered');
    expect(quoted(a)).toContain('The best way for them to do so is to open assembly and parts plants here');
  });

  it('still asks for a person when it asks who ("who did he warn?")', () => {
    const a = askIn(['who is the uaw president in the honda story?', 'who did he warn?']);
    expect(a.status).toBe('answered');
    expect(quoted(a)).toMatch(/Japanese automakers|Japanese auto firms/);
  });
});
