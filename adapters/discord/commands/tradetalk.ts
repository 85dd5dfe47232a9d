/** `/tradetalk question:<text>`: deferred ephemeral answer with Share and feedback buttons. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { DEFAULT_MAX_QUESTION_CHARS } from '../../../src/index.ts';
import { newAnswerId } from '../../questions.ts';
import type { DiscordDeps } from '../deps.ts';
import { answerMessage, NO_MENTIONS } from '../format.ts';

export const data = new SlashCommandBuilder()
  .setName('tradetalk')
  .setDescription('Ask about the US–Japan trade talks; answers quote and cite news articles')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(DEFAULT_MAX_QUESTION_CHARS));

export async function execute(interaction: ChatInputCommandInteraction, { asker }: DiscordDeps): Promise<void> {
  // Deferring first keeps Discord's 3-second deadline however long the answer takes.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const question = interaction.options.getString('question', true);
  await asker.ask(
    question,
    { platform: 'discord', userId: interaction.user.id },
    (answer) => interaction.editReply(answerMessage(answer, newAnswerId(), true)),
    (refusal) => interaction.editReply({ content: refusal, allowedMentions: NO_MENTIONS }),
  );
}
