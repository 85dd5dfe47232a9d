/**
 * The composition root: reads the configuration, loads the corpus and starts the configured
 * adapters. It is the only module that knows every adapter.
 */
import 'dotenv/config';
import { resolve } from 'node:path';
import { buildIndex, loadCorpus } from '../src/index.ts';
import { startTerminalChat } from './terminal/chat.ts';

const corpusDir = resolve(process.env.CORPUS_DIR?.trim() || 'corpus');

try {
  const corpus = await loadCorpus(corpusDir);
  for (const p of corpus.problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const index = buildIndex(corpus);
  console.error(`loaded ${corpus.articles.length} articles (${index.passages.size} passages) from ${corpusDir}`);
  await startTerminalChat({ index: () => index });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
