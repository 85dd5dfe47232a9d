/** Runs the Discord adapter in its own process for the benchmark, as it runs apart from Discord. */
import pino from 'pino';
import { createDiscordAdapter } from '../adapters/discord/client.ts';
import { buildIndex, createTradeTalk, loadCorpus } from '../src/index.ts';
import { DISCORD_TOKEN } from '../tests/helpers/fake-discord.ts';

const [apiUrl, rps] = process.argv.slice(2) as [string, string | undefined];
const index = buildIndex(await loadCorpus('corpus'));
const adapter = createDiscordAdapter({ bot: createTradeTalk(() => index), logger: pino({ level: 'silent' }), token: DISCORD_TOKEN, apiUrl, ...(rps ? { globalRequestsPerSecond: Number(rps) } : {}) });
await adapter.start();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.once('SIGTERM', () => void adapter.stop().then(() => process.exit(0)));
