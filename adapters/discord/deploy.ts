/** Registers the slash and message commands with discord.js's REST client: to one guild (instant) or globally. */
import { REST, Routes } from 'discord.js';
import { allCommands } from './commands/index.ts';

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** A test server: commands appear at once. Without it they are registered globally. */
  guildId?: string | undefined;
  /** REST base. Default Discord's own. */
  apiUrl?: string | undefined;
}

export async function deployCommands(options: DeployOptions): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl.replace(/\/+$/, '') } : {}).setToken(options.token);
  const body = allCommands.map((c) => c.data.toJSON());
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: options.guildId ? 'guild' : 'global', count: result.length };
}
