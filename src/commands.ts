/** The words every adapter treats as commands rather than questions. */

export type Command = 'help' | 'sources';

const COMMANDS: Readonly<Record<string, Command>> = {
  help: 'help',
  '?': 'help',
  usage: 'help',
  sources: 'sources',
  source: 'sources',
  articles: 'sources',
};

/** `help`, `sources` (alone, any case, optional leading slash or trailing punctuation), else undefined. */
export function parseCommand(text: string): Command | undefined {
  const word = text.trim().toLowerCase().replace(/^\//, '').replace(/[.!]+$/, '');
  return Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
}
