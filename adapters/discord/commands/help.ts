/** `/tradetalk-help`: how to use TradeTalk. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { DiscordDeps } from '../deps.ts';
import { NO_MENTIONS, textEmbed } from '../format.ts';

export const data = new SlashCommandBuilder().setName('tradetalk-help').setDescription('How to use TradeTalk');

export async function execute(interaction: ChatInputCommandInteraction, { bot }: DiscordDeps): Promise<void> {
  await interaction.reply({ embeds: [textEmbed('TradeTalk', discordHelp(bot.help()))], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}

/** The core's help, with Discord's way of reaching each action. */
export function discordHelp(coreHelp: string): string {
  return coreHelp
    .replace(/^Ask a question: (.*)$/m, 'Ask a question: /tradetalk question: $1 — or mention @TradeTalk, or DM it')
    .replace(/^List the articles: .*$/m, 'List the articles: /tradetalk-sources')
    .replace(/^Show this help: .*$/m, 'Show this help: /tradetalk-help');
}
