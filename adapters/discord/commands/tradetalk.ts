/** `/tradetalk question:<text>`: deferred ephemeral answer with Share and feedback buttons; the question option autocompletes. */
import { MessageFlags, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { DEFAULT_MAX_QUESTION_CHARS } from '../../../src/index.ts';
import { SLASH_HELP_PREFIX, type DiscordDeps } from '../deps.ts';
import { replyMessage } from '../format.ts';
import { discordToPlain } from '../text.ts';

/** Discord's limits on autocomplete: 25 choices, each name and value at most 100 characters. */
export const AUTOCOMPLETE_CHOICES = 25;
export const CHOICE_LIMIT = 100;

export const data = new SlashCommandBuilder()
  .setName('tradetalk')
  .setDescription('Ask about the US–Japan trade talks; answers quote and cite news articles')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(DEFAULT_MAX_QUESTION_CHARS).setAutocomplete(true),
  );

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

/**
 * Suggests questions the articles answer that fit what the user has typed so far. The core works
 * its list out once per index, so this is a filter, well within Discord's 3 seconds.
 */
export async function autocomplete(interaction: AutocompleteInteraction, { conversation }: DiscordDeps): Promise<void> {
  const typed = interaction.options.getFocused();
  const limit = Math.min(CHOICE_LIMIT, DEFAULT_MAX_QUESTION_CHARS);
  const fitting = conversation.bot
    .suggest(discordToPlain(typed), Number.MAX_SAFE_INTEGER)
    .filter((q) => q.length <= limit)
    .slice(0, AUTOCOMPLETE_CHOICES);
  await interaction.respond(fitting.map((q) => ({ name: q, value: q })));
}
