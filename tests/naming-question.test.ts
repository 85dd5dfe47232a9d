import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { givesAName, namingAsked } from '../src/answerTypes.ts';
import { answer, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The seed articles and those of a blind set, as that set is scored. */
async function heldOutIndex(dir: string): Promise<SearchIndex> {
  const seed = Object.fromEntries(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]));
  const heldOut = Object.fromEntries(readdirSync(join(CORPUS_DIR, '../eval', dir)).map((f) => [f, heldOutArticle(`${dir}/${f}`)]));
  return tempIndex({ ...seed, ...heldOut });
}

describe('a question that asks what something is called', () => {
  it('asks for a name, a term, a label or a nickname, or what a word means', () => {
    expect(namingAsked('whats the japanese term for these big general trading firms')).toBe(true);
    expect(namingAsked('what label did the tokyo high court stick on steel partners')).toBe(true);
    expect(namingAsked('what nickname did the japanese papers give the whole soy fiasco')).toBe(true);
    expect(namingAsked("what's the new framework called?")).toBe(true);
    expect(namingAsked('what did tokyo traders end up calling the selloff')).toBe(true);
    expect(namingAsked('what does shinsei translate to in english')).toBe(true);
    expect(namingAsked("what's the name of motorola's japanese partner")).toBe(true);
  });

  it('asks nothing of the kind with a demand, a phone call, a prison term, a verb of saying, or another question word', () => {
    expect(namingAsked('what did the resolution call for?')).toBe(false);
    expect(namingAsked('what did trump and ishiba agree on their may 2025 phone call?')).toBe(false);
    expect(namingAsked('who called the tariffs regrettable?')).toBe(false);
    expect(namingAsked('what did japan agree to buy?')).toBe(false);
    expect(namingAsked('what prison term did tanaka eventually get for the lockheed money')).toBe(false);
    expect(namingAsked('what are the green groups saying about the whaling compromise?')).toBe(false);
    expect(namingAsked('what were the terms that japan accepted?')).toBe(false);
    expect(namingAsked("what's the word on the car tariffs?")).toBe(false);
    expect(namingAsked("what's the latest word from tokyo on rice?")).toBe(false);
    expect(namingAsked("what's the japanese word for these trading firms?")).toBe(true);
    expect(namingAsked('what are the terms the us offered japan on rice?')).toBe(false);
    expect(namingAsked('what is the term the japanese use for these trading firms?')).toBe(true);
  });

  it('does not read a call to someone as a name asked for, but reads the participle that ends the question', () => {
    expect(namingAsked('what happened after trump called abe?')).toBe(false);
    expect(namingAsked('what did lighthizer say when he called motegi?')).toBe(false);
    expect(namingAsked('what is the framework called now?')).toBe(true);
    expect(namingAsked('what was the selloff dubbed by traders')).toBe(true);
  });

  it('is answered by a sentence that gives a name in so many words or in quotation marks', () => {
    expect(givesAName('Known in Japan as sogo shosha, or general trading companies, the five are among the oldest businesses.')).toBe(true);
    expect(givesAName('The court described the New York-based fund as an "abusive acquirer."')).toBe(true);
    expect(givesAName('It renamed the lender Shinsei, which means “rebirth.”')).toBe(true);
    expect(givesAName('Steel Partners now faces an almost impossible task in trying to win control of Bull-Dog.')).toBe(false);
    // An apostrophe is no closing quotation mark: a long quotation that opens "We can’t" or "Japan’s" names nothing.
    expect(givesAName('“We can’t accept these tariffs, and we will respond in kind over the coming months,” Seko said.')).toBe(false);
    expect(givesAName('“Under President Trump’s leadership, the trade deficit will shrink over the next few years,” Ross said.')).toBe(false);
    expect(givesAName('Tokyo papers wrote of the ‘soybean shock’ at the time.')).toBe(true);
  });
});

describe('the sentence quoted for what something is called', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await heldOutIndex('heldout18/articles');
  });

  it("is the one that gives the name, though another shares more of the question's words", () => {
    const quoted = answer(index, 'what label did the tokyo high court stick on steel partners').sentences.map((s) => s.text).join(' ');
    expect(quoted).toContain('abusive acquirer');
  });
});
