/** Every application command, each a module with `data` and `execute`, as in the discord.js guide. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, ContextMenuCommandBuilder, MessageContextMenuCommandInteraction, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { DiscordDeps } from '../deps.ts';
import * as askTradeTalk from './ask-tradetalk.ts';
import * as help from './help.ts';
import * as sources from './sources.ts';
import * as tradetalk from './tradetalk.ts';

export interface Command {
  data: Pick<SlashCommandOptionsOnlyBuilder, 'name' | 'toJSON'>;
  execute(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void>;
  /** Suggestions for an option marked `setAutocomplete(true)`. */
  autocomplete?(interaction: AutocompleteInteraction, deps: DiscordDeps): Promise<void>;
}

/** A command in a message's "Apps" menu. */
export interface MessageCommand {
  data: Pick<ContextMenuCommandBuilder, 'name' | 'toJSON'>;
  execute(interaction: MessageContextMenuCommandInteraction, deps: DiscordDeps): Promise<void>;
}

export const commands: readonly Command[] = [tradetalk, sources, help];
export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));

export const messageCommands: readonly MessageCommand[] = [askTradeTalk];
export const messageCommandsByName: ReadonlyMap<string, MessageCommand> = new Map(messageCommands.map((c) => [c.data.name, c]));

/** What `npm run discord:deploy` registers: the slash commands and the message commands. */
export const allCommands: readonly { data: { toJSON(): unknown } }[] = [...commands, ...messageCommands];
