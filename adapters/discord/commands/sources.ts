/** `/tradetalk-sources`: the articles TradeTalk knows, newest first. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { DiscordDeps } from '../deps.ts';
import { NO_MENTIONS, sourcesEmbed } from '../format.ts';

export const data = new SlashCommandBuilder().setName('tradetalk-sources').setDescription('List the articles TradeTalk answers from');

export async function execute(interaction: ChatInputCommandInteraction, { bot }: DiscordDeps): Promise<void> {
  await interaction.reply({ embeds: [sourcesEmbed(bot.sources())], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
