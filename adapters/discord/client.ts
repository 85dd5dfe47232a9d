/**
 * The Discord adapter: a discord.js client with the Guilds, GuildMessages and DirectMessages
 * intents (no privileged MessageContent: Discord delivers the content of messages that mention
 * the bot, and of DMs), answering slash commands, mentions and DMs.
 */
import { Client, Events, GatewayIntentBits, Partials, Status } from 'discord.js';
import type { Logger } from 'pino';
import type { TradeTalk } from '../../src/index.ts';
import { createConversation, type Conversation } from '../conversation.ts';
import type { Sends } from '../sends.ts';
import type { DiscordDeps } from './deps.ts';
import * as interactionCreate from './events/interaction-create.ts';
import * as messageCreate from './events/message-create.ts';
import { NO_MENTIONS } from './format.ts';

export interface DiscordAdapterOptions {
  bot: TradeTalk;
  logger: Logger;
  /** The conversation layer (admission, logging, metrics); a default one (no metrics) when absent. */
  conversation?: Conversation;
  token: string;
  /** REST base, e.g. a proxy that shares rate limits, or a test server. Default Discord's own. */
  apiUrl?: string | undefined;
  /** Time limit for each REST call (discord.js's default is 15 s); with `sends`, its limit applies instead. */
  restTimeoutMs?: number | undefined;
  /** Every REST call goes through its `fetch`: counted for /metrics, and a run of timeouts reported in /healthz. */
  sends?: Sends | undefined;
  /** discord.js's client-side cap on REST requests a second. Default 50, Discord's global limit for a bot. */
  globalRequestsPerSecond?: number;
}

export interface DiscordAdapter {
  client: Client;
  /** Resolves once the gateway session is ready. */
  start(): Promise<void>;
  /**
   * Waits up to `graceMs` for the events being handled (a chain being read, a reply being sent) to
   * finish, then disconnects: the process exits as soon as this resolves.
   */
  stop(graceMs?: number): Promise<void>;
  /** Why the adapter cannot take questions now, or undefined when it can (for /healthz). */
  unhealthy(): string | undefined;
}

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { logger, sends } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl.replace(/\/+$/, '') } : {}),
      ...(options.globalRequestsPerSecond ? { globalRequestsPerSecond: options.globalRequestsPerSecond } : {}),
      // With `sends`, its time limit ends a hung call, so the call is counted as timed out; discord.js's own is a backstop just past it.
      // discord.js documents global fetch as a makeRequest; only the typings of its undici and Node's differ.
      ...(sends ? { makeRequest: (url: string, init: unknown) => sends.fetch(url, init as RequestInit), timeout: sends.timeoutMs + 1_000 } : options.restTimeoutMs ? { timeout: options.restTimeoutMs } : {}),
    },
  });
  const deps: DiscordDeps = { conversation: options.conversation ?? createConversation({ bot: options.bot, logger }), logger };
  // Events being handled, so that stop() lets them finish: each is a reply still to be sent.
  let handling = 0;
  const idle: (() => void)[] = [];
  const track = (work: Promise<void>) => {
    handling += 1;
    void work.finally(() => {
      handling -= 1;
      if (handling === 0) for (const resolve of idle.splice(0)) resolve();
    });
  };
  client.on(Events.InteractionCreate, (interaction) => track(interactionCreate.execute(interaction, deps)));
  client.on(Events.MessageCreate, (message) => track(messageCreate.execute(message, deps)));
  client.on(Events.Error, (err) => logger.error({ err, event: 'discord_error' }, 'Discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ event: 'discord_warning' }, warning));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      // Work the suggested questions out now, so the first autocomplete answers within Discord's 3 seconds.
      try {
        deps.conversation.bot.suggest('', 0);
      } catch (err) {
        logger.warn({ err, event: 'suggestions' }, 'working out suggested questions failed');
      }
      logger.info({ user: client.user?.tag }, 'Discord adapter connected');
    },
    async stop(graceMs = 0) {
      if (handling > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          idle.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      await client.destroy();
    },
    unhealthy() {
      if (!client.isReady()) return 'Discord gateway not ready';
      const down = client.ws.shards.filter((shard) => shard.status !== Status.Ready);
      if (down.size > 0) return `Discord gateway shard ${[...down.keys()].join(', ')} ${Status[down.first()!.status] ?? 'not ready'}`;
      // A gateway that delivers questions while every reply times out is as broken.
      return sends?.problem();
    },
  };
}
