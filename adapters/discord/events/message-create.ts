/** `@TradeTalk question` in a channel or thread, and DMs: answered with a reply to the message. */
import { ChannelType, type Message } from 'discord.js';
import { parseCommand } from '../../../src/index.ts';
import { newAnswerId } from '../../questions.ts';
import { discordHelp } from '../commands/help.ts';
import type { DiscordDeps } from '../deps.ts';
import { answerMessage, APOLOGY, NO_MENTIONS, sourcesEmbed, textEmbed } from '../format.ts';

/** Removes the bot's own mention (`<@id>` or `<@!id>`) from a message. */
export function withoutBotMention(content: string, botId: string): string {
  return content.split(new RegExp(`<@!?${botId}>`, 'g')).join(' ').trim();
}

export async function execute(message: Message, deps: DiscordDeps): Promise<void> {
  if (message.author.bot) return; // other bots, and our own replies
  const botId = message.client.user.id;
  const isDm = message.channel.type === ChannelType.DM;
  if (!isDm && !message.mentions.users.has(botId)) return;
  try {
    const question = withoutBotMention(message.content, botId);
    const asked = parseCommand(question) ?? (question === '' ? 'help' : undefined);
    if (asked === 'help') return void (await message.reply({ embeds: [textEmbed('TradeTalk', discordHelp(deps.bot.help()))], allowedMentions: NO_MENTIONS }));
    if (asked === 'sources') return void (await message.reply({ embeds: [sourcesEmbed(deps.bot.sources())], allowedMentions: NO_MENTIONS }));
    await deps.asker.ask(
      question,
      { platform: 'discord', userId: message.author.id },
      (answer) => message.reply(answerMessage(answer, newAnswerId(), false)),
      (refusal) => message.reply({ content: refusal, allowedMentions: NO_MENTIONS }),
    );
  } catch (err) {
    deps.logger.error({ err, event: 'message', channel: message.channelId }, 'message failed');
    await message.reply({ content: APOLOGY, allowedMentions: NO_MENTIONS }).catch((e: unknown) => deps.logger.error({ err: e }, 'apology failed'));
  }
}
