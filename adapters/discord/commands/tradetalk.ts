/** `/tradetalk question:<text>`: deferred ephemeral answer with Share and feedback buttons. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { DEFAULT_MAX_QUESTION_CHARS } from '../../../src/index.ts';
import { SLASH_HELP_PREFIX, type DiscordDeps } from '../deps.ts';
import { replyMessage } from '../format.ts';
import { discordToPlain } from '../text.ts';

export const data = new SlashCommandBuilder()
  .setName('tradetalk')
  .setDescription('Ask about the US–Japan trade talks; answers quote and cite news articles')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(DEFAULT_MAX_QUESTION_CHARS));

export async function execute(interaction: ChatInputCommandInteraction, { conversation }: DiscordDeps): Promise<void> {
  // Deferring first keeps Discord's 3-second deadline however long the answer takes.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = conversation.respond({
    text: discordToPlain(interaction.options.getString('question', true)),
    platform: 'discord',
    userId: interaction.user.id,
    where: interaction.channelId,
    helpPrefix: SLASH_HELP_PREFIX,
  });
  await interaction.editReply(replyMessage(reply, true));
}
