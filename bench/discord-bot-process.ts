/** Runs the Discord adapter in its own process for the benchmark, as it runs apart from Discord. */
import pino from 'pino';
import { Admissions } from '../adapters/admission.ts';
import { createDiscordAdapter } from '../adapters/discord/client.ts';
import { createConversation } from '../adapters/conversation.ts';
import { buildIndex, createTradeTalk, loadCorpus } from '../src/index.ts';
import { DISCORD_TOKEN } from '../tests/helpers/fake-discord.ts';

const [apiUrl, rps] = process.argv.slice(2) as [string, string | undefined];
const index = buildIndex(await loadCorpus('corpus'));
const bot = createTradeTalk(() => index);
const logger = pino({ level: 'silent' });
// The benchmark plays many users at once through one id, so the per-user rate limit is off.
const conversation = createConversation({ bot, logger, admissions: new Admissions({ perUserPerMinute: 0, maxInFlight: 1000 }) });
const adapter = createDiscordAdapter({ bot, conversation, logger, token: DISCORD_TOKEN, apiUrl, ...(rps ? { globalRequestsPerSecond: Number(rps) } : {}) });
await adapter.start();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.once('SIGTERM', () => void adapter.stop().then(() => process.exit(0)));
