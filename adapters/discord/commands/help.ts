/** `/tradetalk-help`: how to use TradeTalk; the same turn as `/tradetalk question: help`. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { SLASH_HELP_PREFIX, type DiscordDeps } from '../deps.ts';
import { replyMessage } from '../format.ts';

export const data = new SlashCommandBuilder().setName('tradetalk-help').setDescription('How to use TradeTalk');

export async function execute(interaction: ChatInputCommandInteraction, { conversation }: DiscordDeps): Promise<void> {
  const reply = conversation.respond({ text: 'help', platform: 'discord', userId: interaction.user.id, where: interaction.channelId, helpPrefix: SLASH_HELP_PREFIX });
  await interaction.reply({ ...replyMessage(reply, false), flags: MessageFlags.Ephemeral });
}
