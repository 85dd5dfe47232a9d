import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_PASSAGE_CHARS, splitPassages } from '../src/passages.ts';
import { splitSentences } from '../src/sentences.ts';
import { bodyBlocks } from '../src/clean.ts';
import { loadCorpus } from '../src/index.ts';
import { CORPUS_DIR } from './helpers/corpus.ts';

describe('splitPassages', () => {
  it('cuts the 2,000-character paragraph into passages no longer than the limit, at sentence ends', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const dhaka = corpus.articles.find((a) => a.publisher === 'Dhaka Tribune')!;
    const longest = Math.max(...dhaka.body.split('\n\n').map((p) => p.length));
    expect(longest).toBeGreaterThan(2000);
    const passages = splitPassages(dhaka);
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(DEFAULT_MAX_PASSAGE_CHARS);
      expect(p.text).toMatch(/[.!?"”]$/);
    }
  });

  it('gives each passage its article, position and section', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const dhaka = corpus.articles.find((a) => a.publisher === 'Dhaka Tribune')!;
    const passages = splitPassages(dhaka);
    passages.forEach((p, i) => {
      expect(p.articleId).toBe(dhaka.id);
      expect(p.position).toBe(i);
      expect(p.id).toBe(`${dhaka.id}#${i}`);
    });
    expect(passages.at(-1)!.section).toBe('Relationship test');
    expect(passages[0]!.section).toBeUndefined();
  });

  it('keeps every word of the article but its photo captions, in order', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    for (const a of corpus.articles) {
      const words = (s: string) => s.replace(/[_#*]/g, '').split(/\s+/).filter(Boolean);
      const fromPassages = splitPassages(a).flatMap((p) => words(p.text));
      const heading = /^## .*$/gm;
      const caption = /^_[^\n]+_$/gm;
      expect(fromPassages).toEqual(words(a.body.replace(heading, '').replace(caption, '')));
    }
  });

  it('drops a photo caption, a paragraph set wholly in emphasis', () => {
    expect(bodyBlocks('_Trump and Abe at the summit, Tokyo, May 27._\n\nThe leaders met for two hours.')).toEqual([
      { kind: 'paragraph', text: 'The leaders met for two hours.' },
    ]);
  });

  it('keeps a paragraph that only starts with emphasis', () => {
    expect(bodyBlocks('_Tokyo_ said the talks would go on.')).toEqual([{ kind: 'paragraph', text: 'Tokyo said the talks would go on.' }]);
  });
});

describe('bodyBlocks (Markdown to text)', () => {
  it('keeps the text of a reference link and drops its definition', () => {
    expect(bodyBlocks('Talks began, [Reuters reported][1].\n\n[1]: https://example.com/story "Story"')).toEqual([
      { kind: 'paragraph', text: 'Talks began, Reuters reported.' },
    ]);
  });

  it('drops list bullets and numbers, keeping each item\'s words', () => {
    expect(bodyBlocks('- cars and car parts\n* rice\n\n1. beef\n2. pork').map((b) => b.text)).toEqual(['cars and car parts', 'rice', 'beef', 'pork']);
  });

  it('drops HTML tags, keeping the words between inline tags', () => {
    expect(bodyBlocks('Tokyo <b>rejected</b> the <a href="x">plan</a>.\n\n<div class="ad">\nSubscribe now\n</div>')).toEqual([
      { kind: 'paragraph', text: 'Tokyo rejected the plan.' },
    ]);
  });

  it('drops GitHub-style footnote markers, keeping the words around them', () => {
    expect(bodyBlocks('Exports rose 5% [^2]. Abe spoke on Friday.[^1] The [plan[^a]](https://example.com) stands.\n\n[^1]: AP.')).toEqual([
      { kind: 'paragraph', text: 'Exports rose 5%. Abe spoke on Friday. The plan stands.' },
    ]);
  });

  it('drops a footnote definition whole, with the paragraphs indented under it and a note that is only a URL', () => {
    const body = 'Talks resumed.[^1]\n\n[^1]: Reuters, 12 May 2019.\n\n    The quota was set in 2018.\n\n[^src]: https://example.com/story\n\nThe deal starts in January.';
    expect(bodyBlocks(body).map((b) => b.text)).toEqual(['Talks resumed.', 'The deal starts in January.']);
  });

  it('reads each row of a table as a paragraph of its cells under their headers, without the pipes and the rule row', () => {
    const body = 'Tariffs agreed:\n\n| Product | Tariff |\n|---|---|\n| Beef | 9% by 2033 |\n| **Pork** | cut to zero |\n\nThe deal starts in January.';
    expect(bodyBlocks(body).map((b) => b.text)).toEqual(['Tariffs agreed:', 'Product: Beef; Tariff: 9% by 2033.', 'Product: Pork; Tariff: cut to zero.', 'The deal starts in January.']);
  });

  it('keeps headings as headings and paragraphs as paragraphs, without emphasis marks', () => {
    expect(bodyBlocks('## The *auto* gap\n\nJapan **exports** cars.\nMany cars.\n\n> Quoted reply.')).toEqual([
      { kind: 'heading', text: 'The auto gap' },
      { kind: 'paragraph', text: 'Japan exports cars. Many cars.' },
      { kind: 'paragraph', text: 'Quoted reply.' },
    ]);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at a title before a name ("Mr. Strauss", "said Sen. John C. Danforth")', () => {
    const text = 'Richard Rivers, Mr. Strauss\'s general counsel, visited Tokyo. "It will not be solved," said Sen. John C. Danforth, a Missouri Republican. Dr. Smith and Gov. Jerry Brown agreed.';
    expect(splitSentences(text)).toEqual([
      'Richard Rivers, Mr. Strauss\'s general counsel, visited Tokyo.',
      '"It will not be solved," said Sen. John C. Danforth, a Missouri Republican.',
      'Dr. Smith and Gov. Jerry Brown agreed.',
    ]);
  });

  it('does not end a sentence at "U.S." inside a name', () => {
    const text = 'Abe said that U.S. Trade Representative Robert Lighthizer held talks. He left.';
    expect(splitSentences(text)).toEqual(['Abe said that U.S. Trade Representative Robert Lighthizer held talks.', 'He left.']);
  });

  it('does not end a sentence at a hyphenated "Japan-U.S." before a capitalised name', () => {
    const text = 'The White House also announced a Japan-U.S. Strategic Energy Partnership and said more. It left.';
    expect(splitSentences(text)).toEqual(['The White House also announced a Japan-U.S. Strategic Energy Partnership and said more.', 'It left.']);
  });

  it('does not end a sentence at a company\'s "Corp." before a title ("Microsoft Corp. President Brad Smith")', () => {
    const text = 'Kishida met Microsoft Corp. President Brad Smith, who announced a plan. Nippon Steel Corp. Chairman Eiji Hashimoto agreed.';
    expect(splitSentences(text)).toEqual(['Kishida met Microsoft Corp. President Brad Smith, who announced a plan.', 'Nippon Steel Corp. Chairman Eiji Hashimoto agreed.']);
  });

  it('does not end a sentence at a company\'s "Co." before its country in brackets ("McDonald\'s Co. (Japan) Ltd.")', () => {
    const text = "McDonald's Co. (Japan) Ltd., which is headed by Den Fujita, owns a stake. McDonald's Co. (Japan) became the first sponsor.";
    expect(splitSentences(text)).toEqual(["McDonald's Co. (Japan) Ltd., which is headed by Den Fujita, owns a stake.", "McDonald's Co. (Japan) became the first sponsor."]);
  });

  it('still ends a sentence at "Corp." before a title word that opens one ("…Toyota Motor Corp. Senior officials said…")', () => {
    const text = 'It helps Toyota Motor Corp. Senior officials said so. Microsoft Corp. CEO Satya Nadella spoke.';
    expect(splitSentences(text)).toEqual(['It helps Toyota Motor Corp.', 'Senior officials said so.', 'Microsoft Corp. CEO Satya Nadella spoke.']);
  });

  it('still ends a sentence at "Corp." before a name or a pronoun ("…U.S. Steel Corp. Nippon Steel announced…")', () => {
    const text = 'It planned to buy U.S. Steel Corp. Nippon Steel announced the deal in December. It also helps Toyota Motor Corp. It said so.';
    expect(splitSentences(text)).toEqual(['It planned to buy U.S. Steel Corp.', 'Nippon Steel announced the deal in December.', 'It also helps Toyota Motor Corp.', 'It said so.']);
  });

  it('does not end a sentence inside a dateline whose place ends in an abbreviation ("PALM BEACH, Fla. (Reuters) -")', () => {
    for (const dateline of ['PALM BEACH, Fla. (Reuters) - ', 'PEBBLE BEACH, CALIF. (Practice Wire) - ', 'DETROIT, MICH. - ']) {
      const text = `${dateline}The talks ended on Friday. They resume next week.`;
      expect(splitSentences(text), dateline).toEqual([`${dateline}The talks ended on Friday.`, 'They resume next week.']);
    }
  });

  it('does not end a sentence at a month abbreviation before the day ("Nov. 11,")', () => {
    const text = 'The vote slipped to the week of Nov. 11, a week late. By Nov. 9 the committee had met.';
    expect(splitSentences(text)).toEqual(['The vote slipped to the week of Nov. 11, a week late.', 'By Nov. 9 the committee had met.']);
  });

  it('returns sentences that occur verbatim in the text', () => {
    const text = 'The U.S. trade deficit was $59 billion. “We seek trade that is free. We seek trade that is fair,” Pence said.';
    for (const s of splitSentences(text)) expect(text).toContain(s);
  });
});
