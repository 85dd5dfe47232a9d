import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';
import { reasonSpeaker, speechSubject, voices } from '../src/answerTypes.ts';
import { answer, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The seed articles and those of a blind set, as that set is scored. */
async function heldOutIndex(dir: string): Promise<SearchIndex> {
  const seed = Object.fromEntries(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]));
  const heldOut = Object.fromEntries(readdirSync(join(CORPUS_DIR, '../eval', dir)).map((f) => [f, heldOutArticle(`${dir}/${f}`)]));
  return tempIndex({ ...seed, ...heldOut });
}

describe('a question that asks what someone said', () => {
  it('names whom it asks about, between the auxiliary and the verb of speech', () => {
    expect(speechSubject("what did japan's trade minister say after biden nixed the us steel sale")).toBe("japan's trade minister");
    expect(speechSubject('how did the japanese embassy characterize the tokyo talks?')).toBe('the japanese embassy');
    expect(speechSubject('what did trump say while signing the tpp pullout')).toBe('trump');
  });

  it('asks nothing of the kind when it asks for a figure, or its subject is a pronoun a follow-up leans on', () => {
    expect(speechSubject('how much did trump say in his tweet the japan trade deficit was')).toBeUndefined();
    expect(speechSubject('what did he say about the deal?')).toBeUndefined();
    expect(speechSubject('what did japan agree to buy?')).toBeUndefined();
  });

  it('asks nothing of the kind in the passive, whose subject is the one spoken of or to, not the speaker', () => {
    expect(speechSubject('how was the deal described by abe')).toBeUndefined();
    expect(speechSubject('what was japan told about the tariffs')).toBeUndefined();
    expect(speechSubject('how is the tpp described in the article')).toBeUndefined();
    expect(speechSubject('what has abe said about it')).toBe('abe');
  });

  it('is answered by a sentence in which its subject speaks, by title, by name, or as "he" after a sentence naming them', () => {
    const minister = (w: string) => ['minister', 'Minister'].includes(w);
    expect(voices('In Tokyo, trade and industry minister Yoji Muto said on Saturday that the decision was "difficult to understand and regrettable."', minister)).toBe(true);
    expect(voices('"It is extremely regrettable," Trade Minister Hiroshige Seko told a news conference.', minister)).toBe(true);
    expect(voices('"Tit-for-tat retaliation could lead to a collapse of the free trade system," said Trade Minister Hiroshige Seko.', minister)).toBe(true);
    expect(voices('The minister met Lighthizer in Brussels on March 10.', minister)).toBe(false);
    expect(voices('He said that the US has an unbelievably big trade imbalance with Japan.', (w) => w === 'Trump', true)).toBe(true);
    expect(voices('He said that the US has an unbelievably big trade imbalance with Japan.', (w) => w === 'Trump')).toBe(false);
  });

  it('reads the speaker after "according to", as its doc says', () => {
    const muto = (w: string) => analyze(w).includes('muto');
    expect(voices('The decision was difficult to understand and regrettable, according to Muto.', muto)).toBe(true);
    expect(voices('According to Trade Minister Muto, the decision was regrettable.', muto)).toBe(true);
    expect(voices('Muto met Raimondo in Washington on Friday.', muto)).toBe(false);
  });
});

describe('a sentence in which the one asked about speaks', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await heldOutIndex('heldout4/articles');
  });

  it("is quoted for what they said, though another sentence shares more of the question's words", () => {
    const quoted = answer(index, "what did japan's trade minister say after biden nixed the us steel sale").sentences.map((s) => s.text).join(' ');
    expect(quoted).toContain('difficult to understand and regrettable');
  });
});

describe('a "why" that asks for the reason someone gives', () => {
  it('names whose reason it asks for, before a verb of speech or thought or after "according to"', () => {
    expect(reasonSpeaker("why does nippon steel's president think buying us steel makes sense")).toBe("nippon steel's president");
    expect(reasonSpeaker('why did son say he showed up at trump tower')).toBe('son');
    expect(reasonSpeaker('according to ishiba why havent japan and the us closed a deal yet')).toBe('ishiba');
    expect(reasonSpeaker('why should they go along, according to beijing?')).toBe('beijing');
    expect(reasonSpeaker('why did the talks collapse')).toBeUndefined();
    expect(reasonSpeaker('why did he say that?')).toBeUndefined();
  });

  it('names no one when the verb of thought ends a clause of its own: "why did the yen weaken as analysts expect?"', () => {
    expect(reasonSpeaker('why did the yen weaken as analysts expect?')).toBeUndefined();
    expect(reasonSpeaker('why did toyota cut output before dealers say they ran short?')).toBeUndefined();
  });

  it("is answered by a sentence in which that subject speaks, though another shares more of the question's words", async () => {
    const index = await heldOutIndex('heldout9/articles');
    const quoted = answer(index, "why does nippon steel's president think buying us steel makes sense").sentences.map((s) => s.text).join(' ');
    expect(quoted).toContain("important for Japan's economic security");
  });
});
