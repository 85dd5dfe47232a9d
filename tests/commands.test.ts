import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/index.ts';

describe('parseCommand', () => {
  it('reads help and its synonyms', () => {
    expect(['help', '?', 'usage'].map(parseCommand)).toEqual(['help', 'help', 'help']);
  });

  it('reads sources and its synonyms', () => {
    expect(['sources', 'source', 'articles'].map(parseCommand)).toEqual(['sources', 'sources', 'sources']);
  });

  it('ignores case, surrounding space, a leading slash and trailing full stops or exclamation marks', () => {
    expect(['  HELP ', '/sources', 'Sources!', 'help...', '/Help!.'].map(parseCommand)).toEqual(['help', 'sources', 'sources', 'help', 'help']);
  });

  it('treats anything more than the command word as a question', () => {
    expect(['help me with tariffs', 'sources on korus', 'what are your sources?', 'sources?'].map(parseCommand)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('does not take names inherited from Object for commands', () => {
    expect(['constructor', 'toString', '__proto__', 'hasOwnProperty'].map(parseCommand)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads empty text as no command', () => {
    expect(parseCommand('   ')).toBeUndefined();
  });
});
