/**
 * `@TradeTalk question` in a channel or thread, DMs, and replies to TradeTalk's answers (follow-ups,
 * answered with the conversation rebuilt from the reply chain): answered with a reply to the message.
 */
import { ChannelType, type Message } from 'discord.js';
import type { DiscordDeps } from '../deps.ts';
import { APOLOGY, NO_MENTIONS, replyMessage } from '../format.ts';
import { readChain } from '../chain.ts';
import { discordToPlain } from '../text.ts';

/** Removes the bot's own mention (`<@id>` or `<@!id>`) from a message. */
export function withoutBotMention(content: string, botId: string): string {
  return content.split(new RegExp(`<@!?${botId}>`, 'g')).join(' ').trim();
}

export async function execute(message: Message, deps: DiscordDeps): Promise<void> {
  if (message.author.bot) return; // other bots, and our own replies
  const botId = message.client.user.id;
  const isDm = message.channel.type === ChannelType.DM;
  const mentioned = message.mentions.users.has(botId);
  if (!isDm && !mentioned && !message.reference?.messageId) return;
  try {
    const chain = message.reference?.messageId ? await readChain(message, botId) : { repliesToAnswer: false, history: [] };
    if (!isDm && !mentioned && !chain.repliesToAnswer) return;
    const question = withoutBotMention(message.content, botId);
    // Without the Message Content intent a reply that does not ping the bot arrives empty: nothing to answer.
    if (question === '' && !isDm && !message.content.includes(botId)) return;
    // In a DM no mention is needed (typed as text, "@TradeTalk" would not even be one): the help says so, as Slack's does.
    const reply = deps.conversation.respond({ text: discordToPlain(question), platform: 'discord', userId: message.author.id, where: message.channelId, history: chain.history, helpPrefix: isDm ? '' : '@TradeTalk ' });
    await message.reply(replyMessage(reply, false));
  } catch (err) {
    deps.logger.error({ err, event: 'message', channel: message.channelId }, 'message failed');
    await message.reply({ content: APOLOGY, allowedMentions: NO_MENTIONS }).catch((e: unknown) => deps.logger.error({ err: e }, 'apology failed'));
  }
}
