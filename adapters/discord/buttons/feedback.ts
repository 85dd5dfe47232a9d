/** "Helpful / Not helpful": logged with the question and answer id, then acknowledged privately. */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { pseudonym } from '../../conversation.ts';
import type { DiscordDeps } from '../deps.ts';
import { FEEDBACK_THANKS, HELPFUL_PREFIX, NO_MENTIONS } from '../format.ts';

export async function feedback(interaction: ButtonInteraction, { logger }: DiscordDeps): Promise<void> {
  logger.info(
    {
      event: 'feedback',
      platform: 'discord',
      helpful: interaction.customId.startsWith(HELPFUL_PREFIX),
      answerId: interaction.customId.split(':').at(-1),
      question: interaction.message.embeds[0]?.title ?? '',
      user: pseudonym('discord', interaction.user.id),
    },
    'answer feedback',
  );
  await interaction.reply({ content: FEEDBACK_THANKS, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
