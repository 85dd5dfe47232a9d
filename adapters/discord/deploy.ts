/** Registers the slash and message commands with discord.js's REST client: to one guild (instant) or globally. */
import { REST, Routes } from 'discord.js';
import { allCommands } from './commands/index.ts';
import { errorMessage } from '../../src/errorMessage.ts';

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

/** A failed registration in words an operator can act on: no route to Discord, a rejected token, or Discord's own message. */
export function describeDeployError(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; hostname?: unknown; status?: unknown; cause?: { code?: unknown; hostname?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : undefined;
  const host = typeof e.hostname === 'string' ? e.hostname : typeof e.cause?.hostname === 'string' ? e.cause.hostname : undefined;
  if (code && /^(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT)$/.test(code)) return `could not reach Discord (${[code, host].filter(Boolean).join(' ')}); check the network`;
  if (e.status === 401) return 'Discord rejected DISCORD_TOKEN (401 Unauthorized); check that it is the bot token of this application';
  if (e.status === 403 || e.status === 404) return `${errorMessage(err)} (check DISCORD_APPLICATION_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope)`;
  return errorMessage(err);
}
