/** The terminal chat: one question per line, answered in plain text. Used when no chat tokens are set. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answer, helpText, parseCommand, sources, type SearchIndex } from '../../src/index.ts';

export interface TerminalChatOptions {
  /** The index to answer from; a function so a reloaded corpus is picked up. */
  index: () => SearchIndex;
  input?: Readable;
  output?: Writable;
  /** Show a prompt and a greeting (a person at a terminal) or not (piped input). */
  interactive?: boolean;
}

const PROMPT = 'you> ';

/** Runs until the input ends or the user types `quit`; resolves then. */
export function startTerminalChat(options: TerminalChatOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const say = (text: string) => output.write(`${text}\n\n`);
  if (interactive) {
    say('TradeTalk: ask about the US–Japan trade talks. Type "help", "sources", or "quit".');
    rl.setPrompt(PROMPT);
    rl.prompt();
  }
  let closed = false;
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      // readline still emits lines it had buffered when `close()` was called.
      if (closed) return;
      const text = line.trim();
      if (/^(?:quit|exit|bye)$/i.test(text)) {
        closed = true;
        rl.close();
        return;
      }
      try {
        const command = parseCommand(text);
        if (command === 'help') say(helpText());
        else if (command === 'sources') say(sources(options.index()).text);
        else say(answer(options.index(), line).text);
      } catch (err) {
        say(`Sorry, something went wrong answering that (${err instanceof Error ? err.message : String(err)}).`);
      }
      if (interactive) rl.prompt();
    });
    rl.on('close', () => resolve());
  });
}
