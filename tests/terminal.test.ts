import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTerminalChat } from '../adapters/terminal/chat.ts';
import type { SearchIndex } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = startTerminalChat({ index: () => index, input, output, interactive: false });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('terminal chat', () => {
  it('answers each line with cited sources', async () => {
    const out = await chat(['what did japan agree to streamline for us auto exports?']);
    expect(out).toContain('noise and emissions testing');
    expect(out).toContain('Sources:');
  });

  it('lists sources and shows help', async () => {
    const out = await chat(['sources', 'help']);
    expect(out).toContain('I know 5 articles, newest first:');
    expect(out).toContain('List the articles');
  });

  it('stops at "quit"', async () => {
    const out = await chat(['quit', 'sources']);
    expect(out).not.toContain('I know 5 articles');
  });
});
