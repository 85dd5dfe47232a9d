/** "Share": posts the answer publicly in the channel, noting who asked, without pinging anyone. */
import type { ButtonInteraction } from 'discord.js';
import type { DiscordDeps } from '../deps.ts';
import { NO_MENTIONS } from '../format.ts';

export async function share(interaction: ButtonInteraction, { logger }: DiscordDeps): Promise<void> {
  const embeds = interaction.message.embeds.map((e) => e.toJSON());
  await interaction.reply({ content: `<@${interaction.user.id}> asked TradeTalk:`, embeds, allowedMentions: NO_MENTIONS });
  logger.info({ event: 'share', platform: 'discord', answerId: interaction.customId.split(':').at(-1) }, 'answer shared');
}
