/** `/tradetalk-sources`: the articles TradeTalk knows, newest first; the same turn as `/tradetalk question: sources`. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { SLASH_HELP_PREFIX, type DiscordDeps } from '../deps.ts';
import { replyMessage } from '../format.ts';

export const data = new SlashCommandBuilder().setName('tradetalk-sources').setDescription('List the articles TradeTalk answers from');

export async function execute(interaction: ChatInputCommandInteraction, { conversation }: DiscordDeps): Promise<void> {
  const reply = conversation.respond({ text: 'sources', platform: 'discord', userId: interaction.user.id, where: interaction.channelId, helpPrefix: SLASH_HELP_PREFIX });
  await interaction.reply({ ...replyMessage(reply, false), flags: MessageFlags.Ephemeral });
}
