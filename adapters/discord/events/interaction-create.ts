/** Routes slash commands, their autocomplete, message commands and button clicks; a failure gets an ephemeral apology and a log line. */
import { MessageFlags, type Interaction } from 'discord.js';
import { feedback } from '../buttons/feedback.ts';
import { share } from '../buttons/share.ts';
import { commandsByName, messageCommandsByName } from '../commands/index.ts';
import type { DiscordDeps } from '../deps.ts';
import { APOLOGY, HELPFUL_PREFIX, NO_MENTIONS, NOT_HELPFUL_PREFIX, SHARE_PREFIX } from '../format.ts';

export async function execute(interaction: Interaction, deps: DiscordDeps): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) {
      const command = commandsByName.get(interaction.commandName);
      if (!command) throw new Error(`unknown command /${interaction.commandName}`);
      await command.execute(interaction, deps);
    } else if (interaction.isMessageContextMenuCommand()) {
      const command = messageCommandsByName.get(interaction.commandName);
      if (!command) throw new Error(`unknown message command "${interaction.commandName}"`);
      await command.execute(interaction, deps);
    } else if (interaction.isAutocomplete()) {
      const command = commandsByName.get(interaction.commandName);
      if (!command?.autocomplete) throw new Error(`no autocomplete for /${interaction.commandName}`);
      await command.autocomplete(interaction, deps);
    } else if (interaction.isButton()) {
      if (interaction.customId.startsWith(SHARE_PREFIX)) await share(interaction, deps);
      else if (interaction.customId.startsWith(HELPFUL_PREFIX) || interaction.customId.startsWith(NOT_HELPFUL_PREFIX)) await feedback(interaction, deps);
    }
  } catch (err) {
    deps.logger.error({ err, event: 'interaction', interaction: interaction.id, type: interaction.type }, 'interaction failed');
    if (!interaction.isRepliable()) return;
    const apology = { content: APOLOGY, embeds: [], components: [], allowedMentions: NO_MENTIONS };
    const sent = interaction.deferred
      ? interaction.editReply(apology)
      : interaction.replied
        ? interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral })
        : interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
    await sent.catch((e: unknown) => deps.logger.error({ err: e }, 'apology failed'));
  }
}
