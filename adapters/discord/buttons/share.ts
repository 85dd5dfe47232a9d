/**
 * "Share": the question is asked again through the conversation layer (rate-limited, logged and
 * counted like any turn) and the answer posted publicly under the same answer id, noting who asked
 * without pinging anyone. Slack's Share does the same; a refusal is shown only to the clicker.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { DiscordDeps } from '../deps.ts';
import { NO_MENTIONS, readAnswerEmbed, replyMessage } from '../format.ts';

export async function share(interaction: ButtonInteraction, { conversation, logger }: DiscordDeps): Promise<void> {
  const asked = readAnswerEmbed(interaction.message.embeds[0]);
  if (!asked) throw new Error('share clicked on a message that is not an answer');
  const reply = conversation.respond({ text: asked.question, platform: 'discord', userId: interaction.user.id, where: interaction.channelId, answerId: asked.answerId });
  if (reply.kind !== 'answer') return void (await interaction.reply({ ...replyMessage(reply, false), flags: MessageFlags.Ephemeral }));
  await interaction.reply({ ...replyMessage(reply, false), content: `<@${interaction.user.id}> asked TradeTalk:`, allowedMentions: NO_MENTIONS });
  logger.info({ event: 'share', platform: 'discord', answerId: asked.answerId }, 'answer shared');
}
