/**
 * The terminal chat: one turn per line through the conversation layer, answered in plain text; lines
 * pasted together at a terminal are one turn.
 * Used when no chat tokens are set. The conversation's history is kept in memory; `new` starts over.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { PriorTurn } from '../../src/index.ts';
import { priorTurn, type Conversation, type Reply } from '../conversation.ts';

export interface TerminalChatOptions {
  conversation: Conversation;
  input?: Readable;
  output?: Writable;
  /** Show a prompt and a greeting (a person at a terminal) or not (piped input). */
  interactive?: boolean;
}

const PROMPT = 'you> ';
export const NEW_CONVERSATION_TEXT = 'New conversation: earlier questions are forgotten.';
/** Earlier turns kept; older ones are forgotten first. */
export const TERMINAL_HISTORY_TURNS = 20;

/**
 * Lines that reach an interactive terminal within this many milliseconds of each other were pasted
 * together, not typed (no one presses Enter twice that fast), and are read as one question: a question
 * copied from an article or a chat often spans lines. Piped input stays one question per line.
 */
export const PASTE_GAP_MS = 30;

/** The terminal's own commands, which the shared help cannot know. */
export const TERMINAL_COMMANDS_TEXT = 'Here, "new" starts a new conversation and "quit" leaves.';

function render(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
      return reply.answer.text;
    case 'sources':
      return reply.sources.text;
    case 'help':
      return `${reply.text}\n\n${TERMINAL_COMMANDS_TEXT}`;
    default:
      return reply.text;
  }
}

/** Runs until the input ends or the user types `quit`; resolves then. */
export function startTerminalChat(options: TerminalChatOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const say = (text: string) => output.write(`${text}\n\n`);
  if (interactive) {
    say('TradeTalk: ask about the US–Japan trade talks. Type "help", "sources", "new" (a new conversation), or "quit".');
    rl.setPrompt(PROMPT);
    rl.prompt();
  }
  let closed = false;
  let history: PriorTurn[] = [];
  /** One turn: a command when it is one typed line, else a question. Returns false at "quit". */
  const turn = (lines: readonly string[]): boolean => {
    const text = lines.map((l) => l.trim()).filter(Boolean).join(' ');
    if (lines.length === 1 && /^(?:quit|exit|bye)$/i.test(text)) return false;
    if (lines.length === 1 && /^new$/i.test(text)) {
      history = [];
      say(NEW_CONVERSATION_TEXT);
    } else {
      const reply = options.conversation.respond({ text, platform: 'terminal', userId: 'terminal', history });
      say(render(reply));
      if (reply.kind === 'answer' && reply.answer.status !== 'invalid') history = [...history, priorTurn(reply.answer)].slice(-TERMINAL_HISTORY_TURNS);
    }
    if (interactive && !closed) rl.prompt();
    return true;
  };
  const quit = () => {
    closed = true;
    rl.close();
  };
  let pasted: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    // A paste whose last line had no newline left that line at the prompt, and the question is not over until Enter:
    // the paste waits for it rather than being answered in pieces. Checked when the gap is over, not once the input is
    // read, which a busy process may only get to after the gap.
    if (rl.line !== '') return;
    const lines = pasted;
    pasted = [];
    if (lines.length > 0 && !closed && !turn(lines)) quit();
  };
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      // readline still emits lines it had buffered when `close()` was called.
      if (closed) return;
      if (!interactive) {
        if (!turn([line])) quit();
        return;
      }
      pasted.push(line);
      clearTimeout(timer);
      timer = setTimeout(flush, PASTE_GAP_MS);
    });
    // Ctrl+C leaves at once: a paste still waiting for Enter is dropped, not answered on the way out.
    rl.on('SIGINT', () => {
      pasted = [];
      quit();
    });
    rl.on('close', () => {
      // Input that ends right after a paste still gets its answer.
      clearTimeout(timer);
      const lines = pasted;
      pasted = [];
      closed = true;
      if (lines.length > 0) turn(lines);
      resolve();
    });
  });
}
