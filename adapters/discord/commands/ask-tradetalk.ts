/**
 * "Ask TradeTalk", a message context-menu command: answers the selected message's text as a
 * question, ephemerally with Share, through the same conversation layer and rendering as /tradetalk.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder, MessageFlags, type MessageContextMenuCommandInteraction } from 'discord.js';
import { SLASH_HELP_PREFIX, type DiscordDeps } from '../deps.ts';
import { NO_MENTIONS, replyMessage } from '../format.ts';
import { discordToPlain } from '../text.ts';

export const NO_TEXT = 'That message has no text for me to read as a question.';

export const data = new ContextMenuCommandBuilder().setName('Ask TradeTalk').setType(ApplicationCommandType.Message);

export async function execute(interaction: MessageContextMenuCommandInteraction, { conversation }: DiscordDeps): Promise<void> {
  const text = discordToPlain(interaction.targetMessage.content).trim();
  // An empty turn would get the help text, which is not what was asked for.
  if (!text) return void (await interaction.reply({ content: NO_TEXT, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = conversation.respond({ text, platform: 'discord', userId: interaction.user.id, where: interaction.channelId, helpPrefix: SLASH_HELP_PREFIX });
  await interaction.editReply(replyMessage(reply, true));
}
