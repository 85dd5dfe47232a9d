import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

/** The README's names for Discord permissions, as the Developer Portal shows them. */
const PORTAL_NAMES: Record<string, bigint> = {
  'View Channels': PermissionFlagsBits.ViewChannel,
  'Send Messages': PermissionFlagsBits.SendMessages,
  'Send Messages in Threads': PermissionFlagsBits.SendMessagesInThreads,
  'Embed Links': PermissionFlagsBits.EmbedLinks,
  'Attach Files': PermissionFlagsBits.AttachFiles,
  'Read Message History': PermissionFlagsBits.ReadMessageHistory,
};

describe('Discord invite in the README', () => {
  it('grants exactly the bot permissions the README lists', () => {
    const sentence = /bot permissions (.+?); open the generated URL \(`([^`]+)`\)/.exec(readme);
    expect(sentence).not.toBeNull();
    const listed = [...sentence![1]!.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThan(0);
    const expected = listed.reduce((bits, name) => {
      expect(PORTAL_NAMES, `unknown permission ${name}`).toHaveProperty([name]);
      return bits | PORTAL_NAMES[name]!;
    }, 0n);
    const url = new URL(sentence![2]!);
    expect(BigInt(url.searchParams.get('permissions') ?? '0')).toBe(expected);
  });
});
