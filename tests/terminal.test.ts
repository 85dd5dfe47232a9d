import { PassThrough } from 'node:stream';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { Admissions } from '../adapters/admission.ts';
import { createConversation } from '../adapters/conversation.ts';
import { NEW_CONVERSATION_TEXT, PASTE_GAP_MS, startTerminalChat, TERMINAL_COMMANDS_TEXT } from '../adapters/terminal/chat.ts';
import { createTradeTalk, type SearchIndex, type TradeTalk } from '../src/index.ts';
import type { TurnOptions } from '../src/service.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

async function chat(lines: string[], bot: TradeTalk = createTradeTalk(() => index)): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const conversation = createConversation({ bot, logger: pino({ level: 'silent' }), admissions: new Admissions({ perUserPerMinute: 0 }) });
  const done = startTerminalChat({ conversation, input, output, interactive: false });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

/**
 * A person at a terminal: each element is what reaches the terminal at once (a typed line, or several lines pasted
 * together), well apart in time; `endAtOnce` ends the input right after the last. Resolves with the questions the core was asked.
 */
async function atTerminal(chunks: string[], { endAtOnce = false, stallMs = 0 } = {}): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough().resume();
  const asked: string[] = [];
  const real = createTradeTalk(() => index);
  const bot: TradeTalk = { ...real, answer: (q, options) => (asked.push(q), real.answer(q, options)) };
  const conversation = createConversation({ bot, logger: pino({ level: 'silent' }), admissions: new Admissions({ perUserPerMinute: 0 }) });
  const done = startTerminalChat({ conversation, input, output, interactive: true });
  // A busy machine: the process stalls right after reading the input, before anything it scheduled can run.
  if (stallMs > 0) input.on('data', () => { const until = Date.now() + stallMs; while (Date.now() < until); });
  for (const [i, chunk] of chunks.entries()) {
    input.write(chunk);
    if (!(endAtOnce && i === chunks.length - 1)) await new Promise((resolve) => setTimeout(resolve, PASTE_GAP_MS * 5));
  }
  input.end();
  await done;
  return asked;
}

/** The real core, recording the history each question was asked with. */
function recordingCore(seen: (TurnOptions | undefined)[]): TradeTalk {
  const real = createTradeTalk(() => index);
  return { ...real, answer: (q, options) => (seen.push(options), real.answer(q, options)) };
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

  it('tells, in its help, the terminal\'s own commands "new" and "quit"', async () => {
    const out = await chat(['help']);
    expect(out).toContain('List the articles');
    expect(out).toContain(TERMINAL_COMMANDS_TEXT);
  });

  it('stops at "quit"', async () => {
    const out = await chat(['quit', 'sources']);
    expect(out).not.toContain('I know 5 articles');
  });

  it('asks each question with the earlier questions of the conversation, oldest first', async () => {
    const seen: (TurnOptions | undefined)[] = [];
    await chat(['korus?', 'who is Taro Aso?', 'and Pence?'], recordingCore(seen));
    expect(seen[2]?.history?.map((t) => t.question)).toEqual(['korus?', 'who is Taro Aso?']);
    expect(seen[2]?.history?.[0]?.passageIds?.length).toBeGreaterThan(0);
  });

  it('reads lines pasted together at a terminal as one question', async () => {
    const asked = await atTerminal(['how much did japanese companies\npledge to invest\n\nin us factories?\n']);
    expect(asked).toEqual(['how much did japanese companies pledge to invest in us factories?']);
  });

  it('reads lines typed one after another at a terminal as a question each', async () => {
    const asked = await atTerminal(['korus?\n', 'who is Taro Aso?\n']);
    expect(asked).toEqual(['korus?', 'who is Taro Aso?']);
  });

  it('waits for Enter after a paste whose last line has no newline, and reads the paste as one question', async () => {
    const asked = await atTerminal(['how much did japanese companies\npledge to invest in us factories?', '\n']);
    expect(asked).toEqual(['how much did japanese companies pledge to invest in us factories?']);
  });

  it('waits for Enter after such a paste even when the process stalls past the paste gap as it reads it', async () => {
    const asked = await atTerminal(['how much did japanese companies\npledge to invest in us factories?', '\n'], { stallMs: PASTE_GAP_MS * 3 });
    expect(asked).toEqual(['how much did japanese companies pledge to invest in us factories?']);
  });

  it('leaves at Ctrl+C without answering a paste still waiting for Enter', async () => {
    const asked = await atTerminal(['korus\nwho negotiated it?', '\x03', 'who is Taro Aso?\n']);
    expect(asked).toEqual([]);
  });

  it('answers a paste that ends the input', async () => {
    const asked = await atTerminal(['korus\nwho negotiated it?\n'], { endAtOnce: true });
    expect(asked).toEqual(['korus who negotiated it?']);
  });

  it('starts a new conversation at "new"', async () => {
    const seen: (TurnOptions | undefined)[] = [];
    const out = await chat(['korus?', 'new', 'who is Taro Aso?'], recordingCore(seen));
    expect(out).toContain(NEW_CONVERSATION_TEXT);
    expect(seen[1]?.history ?? []).toEqual([]);
  });
});
