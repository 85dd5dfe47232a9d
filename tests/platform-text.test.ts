import { describe, expect, it } from 'vitest';
import { discordToPlain } from '../adapters/discord/text.ts';
import { slackToPlain } from '../adapters/slack/text.ts';

describe('Slack syntax to plain text (the Slack adapter, before the core)', () => {
  it('drops mass mentions, user-group and user mentions', () => {
    expect(slackToPlain('<!channel> <!here|here> <!subteam^S123|@team> <@U0123ABCD> korus?')).toBe('korus?');
  });

  it('keeps the names of channel links and the labels of links', () => {
    expect(slackToPlain('see <#C0123|trade-talks> and <https://example.com/a|the article>')).toBe('see trade-talks and the article');
  });

  it('decodes Slack’s HTML entities', () => {
    expect(slackToPlain('US &amp; Japan &lt;talks&gt;')).toBe('US & Japan <talks>');
  });
});

describe('Discord syntax to plain text (the Discord adapter, before the core)', () => {
  it('drops user, role and channel mentions, custom emoji, command mentions and timestamps', () => {
    expect(discordToPlain('<@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678> <:tada:123456789012345678> </tradetalk:123456789012345678> <t:1700000000:R> korus?')).toBe('korus?');
  });

  it('leaves plain text alone', () => {
    expect(discordToPlain('what did Abe say about <tariffs>?')).toBe('what did Abe say about <tariffs>?');
  });
});
