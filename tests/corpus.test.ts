import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, buildIndex, CorpusError, loadCorpus, parseArticle } from '../src/index.ts';
import { hashCorpus } from '../src/snapshot.ts';
import { article, CORPUS_DIR, tempCorpus } from './helpers/corpus.ts';

const good = article({ title: 'Good article', publisher: 'Wire', date: '2018-01-02' });

describe('loadCorpus on the shipped corpus', () => {
  it('loads the five seed articles with their metadata, newest first', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => a.date)).toEqual(['2019-06-04', '2018-09-27', '2017-10-17', '2017-04-18', '2017-04-13']);
    const insider = corpus.articles[0]!;
    expect(insider).toMatchObject({ publisher: 'The Insider Stories', author: 'Lexy Nantu' });
    expect(insider.url).toBeUndefined();
  });

  it('keeps page furniture out of article bodies', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const bodies = corpus.articles.map((a) => a.body).join('\n');
    for (const furniture of ['Last Update', 'Partly Cloudy', 'newsletter', 'Give directly', 'REUTERS/', 'Eugene Hoshiko', 'Photo: Privacy', 'Written by']) {
      expect(bodies).not.toContain(furniture);
    }
  });
});

describe('parseArticle', () => {
  it('keeps an unquoted date as written and takes the body after the closing --- line', () => {
    const a = parseArticle('a.md', '---\ntitle: T\npublisher: Wire\ndate: 2018-01-02\n---\n\nFirst paragraph.\n\n---\n\nAfter a rule.\n');
    expect(a.date).toBe('2018-01-02');
    expect(a.body).toBe('First paragraph.\n\n---\n\nAfter a rule.');
  });
});

describe('loadCorpus on broken files', () => {
  const cases: [string, string, RegExp][] = [
    ['no front matter', 'Just text, no metadata.', /no front matter/],
    ['no title', article({ publisher: 'Wire', date: '2018-01-02' }), /missing title/],
    ['a bad date', article({ title: 'T', publisher: 'Wire', date: '2018-13-45' }), /bad date "2018-13-45"/],
    ['a date in another format', article({ title: 'T', publisher: 'Wire', date: 'March 3, 2018' }), /bad date/],
    ['an empty body', article({ title: 'T', publisher: 'Wire', date: '2018-01-02' }, ''), /empty body/],
    ['unparseable YAML', '---\ntitle: [unclosed\n---\n\nBody text.\n', /bad front matter/],
    ['an unclosed front matter block', '---\ntitle: T\npublisher: Wire\ndate: 2018-01-02\n\nBody text.\n', /unclosed --- block/],
    ['front matter that is a list, not key: value lines', '---\n- title\n- Wire\n---\n\nBody text.\n', /bad front matter: expected "key: value" lines/],
  ];
  for (const [name, text, reason] of cases) {
    it(`reports a file with ${name} by path and reason, and still serves the others`, async () => {
      const { dir, cleanup } = await tempCorpus({ 'good.md': good, 'broken.md': text });
      try {
        const corpus = await loadCorpus(dir);
        expect(corpus.articles.map((a) => a.title)).toEqual(['Good article']);
        expect(corpus.problems).toHaveLength(1);
        expect(corpus.problems[0]!.path).toMatch(/broken\.md$/);
        expect(corpus.problems[0]!.reason).toMatch(reason);
      } finally {
        await cleanup();
      }
    });
  }

  it('skips a second file with the same id (a.md beside a.markdown), naming both, and still builds the index', async () => {
    const other = article({ title: 'Other article', publisher: 'Wire', date: '2018-01-03' }, 'Japan and the United States discussed beef tariffs in Tokyo.');
    const { dir, cleanup } = await tempCorpus({ 'talks.md': good, 'talks.markdown': other });
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.articles.map((a) => a.id)).toEqual(['talks']);
      expect(corpus.problems).toEqual([{ path: expect.stringMatching(/talks\.md$/), reason: expect.stringMatching(/duplicate id "talks".*talks\.markdown/) }]);
      expect(answer(buildIndex(corpus), 'What did Japan and the United States discuss in Tokyo?').status).toBe('answered');
    } finally {
      await cleanup();
    }
  });

  it('skips a file that is not UTF-8 text, saying so, rather than quoting replacement characters', async () => {
    const latin1 = Buffer.from(article({ title: 'Caf\u00e9 talks', publisher: 'Wire', date: '2018-01-03' }, 'Japan and the United States met at a caf\u00e9 in Tokyo.'), 'latin1');
    const { dir, cleanup } = await tempCorpus({ 'good.md': good });
    await writeFile(join(dir, 'latin1.md'), latin1);
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.articles.map((a) => a.title)).toEqual(['Good article']);
      expect(corpus.problems).toEqual([{ path: expect.stringMatching(/latin1\.md$/), reason: expect.stringMatching(/not UTF-8 text/) }]);
    } finally {
      await cleanup();
    }
  });

  it('ignores files that are not Markdown', async () => {
    const { dir, cleanup } = await tempCorpus({ 'good.md': good, 'notes.txt': 'scratch', '.hidden.md': 'x' });
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.articles).toHaveLength(1);
      expect(corpus.problems).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});

describe('loadCorpus on files it must not read', () => {
  it('skips an article file over the size limit, naming the file and its size', async () => {
    const big = article({ title: 'Big article', publisher: 'Wire', date: '2018-01-03' }, 'Trade talks went on. '.repeat(200));
    const { dir, cleanup } = await tempCorpus({ 'good.md': good, 'big.md': big });
    try {
      const corpus = await loadCorpus(dir, { maxArticleBytes: 2048 });
      expect(corpus.articles.map((a) => a.title)).toEqual(['Good article']);
      expect(corpus.problems).toEqual([{ path: expect.stringMatching(/big\.md$/), reason: `too large: ${Buffer.byteLength(big)} bytes, over the 2048-byte limit (MAX_ARTICLE_BYTES)` }]);
    } finally {
      await cleanup();
    }
  });

  it('skips a named pipe, a directory and a socket named like articles, without opening them', async () => {
    const { dir, cleanup } = await tempCorpus({ 'good.md': good });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await mkdir(join(dir, 'x.md'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'socket.md'), resolve));
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.articles.map((a) => a.title)).toEqual(['Good article']);
      expect(corpus.problems).toEqual([
        { path: expect.stringMatching(/pipe\.md$/), reason: 'skipped: a named pipe, not a regular file' },
        { path: expect.stringMatching(/socket\.md$/), reason: 'skipped: a socket, not a regular file' },
        { path: expect.stringMatching(/x\.md$/), reason: 'skipped: a directory, not a regular file' },
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await cleanup();
    }
  });

  it('hashes a corpus holding a named pipe without opening the pipe', async () => {
    const { dir, cleanup } = await tempCorpus({ 'good.md': good });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    try {
      expect(await hashCorpus(dir)).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await cleanup();
    }
  });

  it('follows a symbolic link to a regular file, as ConfigMap volumes use', async () => {
    const { dir, cleanup } = await tempCorpus({});
    await mkdir(join(dir, '..data'));
    await writeFile(join(dir, '..data', 'good.md'), good);
    await symlink(join('..data', 'good.md'), join(dir, 'good.md'));
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.articles.map((a) => a.title)).toEqual(['Good article']);
      expect(corpus.problems).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});

describe('loadCorpus on an unusable directory', () => {
  it('fails clearly when the directory is missing', async () => {
    await expect(loadCorpus('/nonexistent/tradetalk-corpus')).rejects.toThrow(/\/nonexistent\/tradetalk-corpus: corpus directory not found/);
  });

  it('fails clearly when the directory has no articles', async () => {
    const { dir, cleanup } = await tempCorpus({});
    try {
      await expect(loadCorpus(dir)).rejects.toThrow(CorpusError);
      await expect(loadCorpus(dir)).rejects.toThrow(/has no articles/);
    } finally {
      await cleanup();
    }
  });

  it('fails clearly when every article is broken, naming each problem', async () => {
    const { dir, cleanup } = await tempCorpus({ 'a.md': 'no front matter' });
    try {
      await expect(loadCorpus(dir)).rejects.toThrow(/no readable article .*a\.md: no front matter/);
    } finally {
      await cleanup();
    }
  });
});
