/** `/tradetalk question:<text>`: deferred ephemeral answer with Share and feedback buttons. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { DEFAULT_MAX_QUESTION_CHARS } from '../../../src/index.ts';
import { askAndLog, newAnswerId } from '../../questions.ts';
import type { DiscordDeps } from '../deps.ts';
import { answerMessage } from '../format.ts';

export const data = new SlashCommandBuilder()
  .setName('tradetalk')
  .setDescription('Ask about the US–Japan trade talks; answers quote and cite news articles')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(DEFAULT_MAX_QUESTION_CHARS));

export async function execute(interaction: ChatInputCommandInteraction, { bot, logger }: DiscordDeps): Promise<void> {
  // Deferring first keeps Discord's 3-second deadline however long the answer takes.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const question = interaction.options.getString('question', true);
  const answer = askAndLog(bot, logger, question, { platform: 'discord', userId: interaction.user.id });
  await interaction.editReply(answerMessage(answer, newAnswerId(), true));
}
