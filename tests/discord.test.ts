import { Writable } from 'node:stream';
import type { TextChannel } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Admissions } from '../adapters/admission.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../adapters/discord/client.ts';
import { createConversation } from '../adapters/conversation.ts';
import { allCommands } from '../adapters/discord/commands/index.ts';
import { NO_TEXT } from '../adapters/discord/commands/ask-tradetalk.ts';
import { deployCommands, describeDeployError } from '../adapters/discord/deploy.ts';
import { answerEmbed, DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT, HELPFUL_PREFIX, readAnswerEmbed, SHARE_PREFIX, TITLE_LIMIT } from '../adapters/discord/format.ts';
import { createLogger } from '../adapters/logger.ts';
import { createMetrics } from '../adapters/metrics.ts';
import { Sends } from '../adapters/sends.ts';
import { DEFAULT_MAX_QUESTION_CHARS, stripMarkup, suggestQuestions, type Answer } from '../src/index.ts';
import { BOOM, failingCore, realIndex, type Asked } from './helpers/corpus.ts';
import { autocomplete, buttonClick, messageCommand, slashCommand, userMessage } from './helpers/discord-payloads.ts';
import { APP_ID, BOT_ID, CHANNEL_ID, DISCORD_TOKEN, DM_CHANNEL_ID, FakeDiscord, GUILD_ID, OTHER_BOT_ID, THREAD_ID, type RestCall } from './helpers/fake-discord.ts';
import { memoryLogger } from './helpers/slack-driver.ts';

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}
interface Body {
  type?: number;
  choices?: { name: string; value: string }[];
  content?: string;
  embeds?: Embed[];
  components?: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
  flags?: number;
  data?: Body;
}

const QUESTION = 'what did japan agree to streamline for us auto exports?';
const EPHEMERAL = 64;

const bodyOf = (c: RestCall) => c.body as Body;
const isCallback = (id: string) => (c: RestCall) => c.method === 'POST' && c.path.startsWith(`/api/v10/interactions/${id}/`);
const isEdit = (token: string) => (c: RestCall) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/`);
const postsTo = (channel: string) => (c: RestCall) => c.method === 'POST' && c.path === `/api/v10/channels/${channel}/messages`;
/** The real discord.js adapter, with the conversation layer and no rate limit, connected to the fake Discord. */
async function connect(fake: FakeDiscord, bot: Parameters<typeof createConversation>[0]['bot'], logger: Parameters<typeof createConversation>[0]['logger']): Promise<DiscordAdapter> {
  const conversation = createConversation({ bot, logger, admissions: new Admissions({ perUserPerMinute: 0 }) });
  const adapter = createDiscordAdapter({ bot, conversation, logger, token: DISCORD_TOKEN, apiUrl: fake.apiUrl });
  const identified = fake.waitForIdentify();
  await adapter.start();
  await identified;
  return adapter;
}

const embedSize = (e: Embed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('Discord adapter against a local fake Discord', () => {
  let fake: FakeDiscord;
  let adapter: DiscordAdapter;
  const log = memoryLogger();
  const asked: Asked[] = [];
  const suggested: { typed: string | undefined; limit: number | undefined }[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const index = await realIndex();
    const core = failingCore(index, asked);
    const bot = { ...core, suggest: (typed?: string, limit?: number) => (suggested.push({ typed, limit }), core.suggest(typed, limit)) };
    adapter = await connect(fake, bot, log.logger);
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  async function ask(question: string) {
    const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: question }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const [callback] = await fake.waitForCalls(isCallback(interaction.id));
    const [edit] = await fake.waitForCalls(isEdit(interaction.token));
    return { interaction, callback: bodyOf(callback!), edit: bodyOf(edit!) };
  }

  it('works the suggested questions out when it connects, before anyone types', () => {
    expect(suggested[0]).toEqual({ typed: '', limit: 0 });
  });

  it('answers /tradetalk in an embed with citations, sources and buttons, pinging no one', async () => {
    const { edit } = await ask(QUESTION);
    const embed = edit.embeds![0]!;
    expect(embed.title).toBe(QUESTION);
    expect(embed.description).toMatch(/noise and emissions testing procedures.*\*\*\[1\]\*\*/);
    expect(embed.description).toContain('**Sources**\n1. [US, Japan fail to bridge gap on trade in economic talks](https://www.dhakatribune.com/world/2017/10/17/us-japan-fail-to-bridge-gap-on-trade-in-economic-talks/) · Dhaka Tribune · October 17, 2017');
    expect(embed.description!.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(embedSize(embed)).toBeLessThanOrEqual(EMBED_TOTAL_LIMIT);
    expect(edit.components![0]!.components.map((c) => c.label)).toEqual(['Share', 'Helpful', 'Not helpful']);
    expect(edit.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('defers the reply ephemerally before answering', async () => {
    const { callback } = await ask('korus?');
    expect(callback.type).toBe(5);
    expect(callback.data!.flags).toBe(EPHEMERAL);
  });

  it('lists the sources and shows help', async () => {
    const sources = slashCommand('tradetalk-sources');
    fake.dispatch('INTERACTION_CREATE', sources);
    const [s] = await fake.waitForCalls(isCallback(sources.id));
    expect(bodyOf(s!).type).toBe(4);
    expect(bodyOf(s!).data!.embeds![0]!.title).toBe('I know 5 articles, newest first');
    expect(bodyOf(s!).data!.flags).toBe(EPHEMERAL);
    const help = slashCommand('tradetalk-help');
    fake.dispatch('INTERACTION_CREATE', help);
    const [h] = await fake.waitForCalls(isCallback(help.id));
    expect(bodyOf(h!).data!.embeds![0]!.description).toContain('List the articles: /tradetalk question: sources');
  });

  it('lists the sources for "/tradetalk question: sources", through the command parser', async () => {
    const { edit } = await ask('sources');
    expect(edit.embeds![0]!.title).toBe('I know 5 articles, newest first');
  });

  it('answers the help for a mention with the mention prefix, not rewritten', async () => {
    const message = userMessage(`<@${BOT_ID}> help`);
    fake.dispatch('MESSAGE_CREATE', message);
    const [reply] = await fake.waitForCalls((c) => postsTo(CHANNEL_ID)(c) && bodyOf(c).message_reference?.message_id === message.id);
    expect(bodyOf(reply!).embeds![0]!.description).toContain('List the articles: @TradeTalk sources');
  });

  it('answers a mention with a reply that references the message, without its own mention', async () => {
    const message = userMessage(`<@${BOT_ID}> ${QUESTION}`);
    fake.dispatch('MESSAGE_CREATE', message);
    const [reply] = await fake.waitForCalls((c) => postsTo(CHANNEL_ID)(c) && bodyOf(c).message_reference?.message_id === message.id);
    const body = bodyOf(reply!);
    expect(body.embeds![0]!.title).toBe(QUESTION);
    expect(body.embeds![0]!.description).toContain('noise and emissions testing');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply!.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
  });

  it('answers a mention in a thread in that thread', async () => {
    const message = userMessage(`<@${BOT_ID}> korus?`, { channelId: THREAD_ID, channelType: 11 });
    fake.dispatch('MESSAGE_CREATE', message);
    const [reply] = await fake.waitForCalls((c) => postsTo(THREAD_ID)(c) && bodyOf(c).message_reference?.message_id === message.id);
    expect(bodyOf(reply!).embeds![0]!.description).toContain('Korus');
  });

  /** Sends `message` and resolves with the message TradeTalk replied with, as the fake created it. */
  async function replyTo(message: ReturnType<typeof userMessage>) {
    fake.dispatch('MESSAGE_CREATE', message);
    const [post] = await fake.waitForCalls((c) => postsTo(CHANNEL_ID)(c) && bodyOf(c).message_reference?.message_id === message.id);
    return post!.response as Record<string, unknown> & { id: string; embeds: Embed[] };
  }

  it('answers replies to its answers with the conversation rebuilt from the reply chain', async () => {
    const first = await replyTo(userMessage(`<@${BOT_ID}> ${QUESTION}`));
    expect(first.embeds[0]!.title).toBe(QUESTION);
    const second = await replyTo(userMessage('what about autos?', { replyTo: first }));
    expect(asked.find((a) => a.question === 'what about autos?')!.options?.history).toEqual([{ question: QUESTION }]);
    await replyTo(userMessage('why?', { replyTo: second }));
    expect(asked.find((a) => a.question === 'why?')!.options?.history).toEqual([{ question: QUESTION }, { question: 'what about autos?' }]);
  });

  it('reads a question back from its answer as the core reads it, escaping undone', async () => {
    const question = 'what did *Japan* agree_to for `autos` (2018) [US] @here?';
    const first = await replyTo(userMessage(`<@${BOT_ID}> ${question}`));
    expect(first.embeds[0]!.title).not.toBe(stripMarkup(question));
    await replyTo(userMessage('and Aso?', { replyTo: first }));
    expect(asked.find((a) => a.question === 'and Aso?')!.options?.history).toEqual([{ question: stripMarkup(question) }]);
  });

  it('reads a question too long for the embed title back whole, for follow-ups', async () => {
    const question =
      'I have been reading about the second round of the economic dialogue between Vice President Mike Pence and Deputy Prime Minister Taro Aso in October 2017, and I am writing a briefing for my team, so could you tell me what Japan agreed to on US car exports at that second economic dialogue?';
    expect(question.length).toBeGreaterThan(TITLE_LIMIT);
    const first = await replyTo(userMessage(`<@${BOT_ID}> ${question}`));
    expect(first.embeds[0]!.title!.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(embedSize(first.embeds[0]!)).toBeLessThanOrEqual(EMBED_TOTAL_LIMIT);
    await replyTo(userMessage('and why?', { replyTo: first }));
    expect(asked.find((a) => a.question === 'and why?')!.options?.history).toEqual([{ question }]);
  });

  it('leaves alone a reply to a message that is not one of its answers', async () => {
    const before = fake.calls.length;
    const human = userMessage('korus?');
    fake.dispatch('MESSAGE_CREATE', human);
    fake.dispatch('MESSAGE_CREATE', userMessage('who is Taro Aso?', { replyTo: human }));
    // A later mention is answered, so the reply was seen and skipped, not still queued.
    const later = userMessage(`<@${BOT_ID}> korus?`);
    fake.dispatch('MESSAGE_CREATE', later);
    await fake.waitForCalls((c) => bodyOf(c)?.message_reference?.message_id === later.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls.slice(before).filter((c) => c.method === 'POST' && c.path.includes('/channels/'))).toHaveLength(1);
  });

  it('answers a question without history as before', async () => {
    await replyTo(userMessage(`<@${BOT_ID}> korus?`));
    const plain = asked.filter((a) => a.question === 'korus?').at(-1)!;
    expect(plain.options?.history ?? []).toEqual([]);
  });

  it('answers a direct message in the DM', async () => {
    const message = userMessage('who is the US trade representative?', { dm: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const [reply] = await fake.waitForCalls((c) => postsTo(DM_CHANNEL_ID)(c) && bodyOf(c).message_reference?.message_id === message.id);
    expect(bodyOf(reply!).embeds![0]!.description).toContain('Robert Lighthizer');
  });

  it('answers "help" in a DM with commands typed as they are, as Slack does, not behind a mention', async () => {
    // Typed as text in a DM, "@TradeTalk sources" is no mention: it would be read as a question.
    const message = userMessage('help', { dm: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const [reply] = await fake.waitForCalls((c) => postsTo(DM_CHANNEL_ID)(c) && bodyOf(c).message_reference?.message_id === message.id);
    const help = bodyOf(reply!).embeds![0]!.description!;
    expect(help).toContain('List the articles: sources');
    expect(help).not.toContain('@TradeTalk');
  });

  it('ignores messages from bots, its own included', async () => {
    const before = fake.calls.length;
    fake.dispatch('MESSAGE_CREATE', userMessage(`<@${BOT_ID}> korus?`, { author: { id: OTHER_BOT_ID, username: 'otherbot', discriminator: '0', avatar: null, bot: true } }));
    fake.dispatch('MESSAGE_CREATE', userMessage('korus?', { dm: true, author: { id: BOT_ID, username: 'TradeTalk', discriminator: '0', avatar: null, bot: true } }));
    // A human message after them is answered, so the bot messages were seen and skipped, not still queued.
    const human = userMessage(`<@${BOT_ID}> korus?`);
    fake.dispatch('MESSAGE_CREATE', human);
    await fake.waitForCalls((c) => bodyOf(c)?.message_reference?.message_id === human.id);
    expect(fake.calls.slice(before).filter((c) => c.method === 'POST' && c.path.includes('/channels/'))).toHaveLength(1);
  });

  it('ignores channel messages that do not mention it', async () => {
    const before = fake.calls.length;
    fake.dispatch('MESSAGE_CREATE', userMessage('korus?'));
    const human = userMessage(`<@${BOT_ID}> korus?`);
    fake.dispatch('MESSAGE_CREATE', human);
    await fake.waitForCalls((c) => bodyOf(c)?.message_reference?.message_id === human.id);
    expect(fake.calls.slice(before).filter((c) => c.method === 'POST' && c.path.includes('/channels/'))).toHaveLength(1);
  });

  it('shares an answer publicly, noting who asked without pinging them', async () => {
    const { edit } = await ask(QUESTION);
    const share = edit.components![0]!.components.find((c) => c.custom_id.startsWith(SHARE_PREFIX))!;
    const click = buttonClick(share.custom_id, { embeds: edit.embeds, components: edit.components });
    fake.dispatch('INTERACTION_CREATE', click);
    const [callback] = await fake.waitForCalls(isCallback(click.id));
    const body = bodyOf(callback!);
    expect(body.type).toBe(4);
    expect(body.data!.flags ?? 0).toBe(0);
    expect(body.data!.content).toContain('asked TradeTalk');
    expect(body.data!.embeds![0]!.description).toContain('noise and emissions testing');
    expect(body.data!.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('logs a feedback click with the question and answer id, and thanks the user privately', async () => {
    const { edit } = await ask(QUESTION);
    const helpful = edit.components![0]!.components.find((c) => c.custom_id.startsWith(HELPFUL_PREFIX))!;
    const click = buttonClick(helpful.custom_id, { embeds: edit.embeds, components: edit.components });
    fake.dispatch('INTERACTION_CREATE', click);
    const [callback] = await fake.waitForCalls(isCallback(click.id));
    expect(bodyOf(callback!).data!.content).toBe('Thanks for the feedback!');
    expect(bodyOf(callback!).data!.flags).toBe(EPHEMERAL);
    const answerId = helpful.custom_id.split(':').at(-1);
    const line = log.lines().find((l) => l.event === 'feedback' && l.answerId === answerId)!;
    expect(line).toMatchObject({ helpful: true, question: QUESTION, platform: 'discord' });
  });

  it('declines a question the articles do not answer, with no sources and no Share button', async () => {
    const { edit } = await ask('what is the population of osaka?');
    const embed = edit.embeds![0]!;
    expect(embed.description).toContain("couldn't find a good answer");
    expect(embed.description).not.toContain('Sources');
    expect(edit.components![0]!.components.map((c) => c.label)).toEqual(['Helpful', 'Not helpful']);
  });

  it('neutralises mass mentions and mentions in echoed input', async () => {
    const message = userMessage(`<@${BOT_ID}> @everyone @here <@${OTHER_BOT_ID}> <@&${GUILD_ID}> korus?`);
    fake.dispatch('MESSAGE_CREATE', message);
    const [reply] = await fake.waitForCalls((c) => bodyOf(c)?.message_reference?.message_id === message.id);
    const body = bodyOf(reply!);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(body.embeds);
    for (const bad of ['@everyone', '@here', `<@${OTHER_BOT_ID}>`, `<@&${GUILD_ID}>`]) expect(text).not.toContain(bad);
  });

  async function typeInto(typed: string) {
    const interaction = autocomplete('tradetalk', 'question', typed);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const [callback] = await fake.waitForCalls(isCallback(interaction.id));
    return bodyOf(callback!);
  }

  it('autocompletes the question with the questions the articles answer that fit what was typed', async () => {
    const callback = await typeInto('aso sa');
    expect(callback.type).toBe(8);
    expect(callback.data!.choices).toEqual([{ name: 'What did Taro Aso say?', value: 'What did Taro Aso say?' }]);
  });

  it('autocompletes with at most 25 choices, each name and value within 100 characters', async () => {
    const choices = (await typeInto('')).data!.choices!;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(Math.max(c.name.length, c.value.length)).toBeLessThanOrEqual(100);
  });

  it('leaves out of autocomplete a suggestion longer than Discord allows', async () => {
    const long = suggestQuestions(await realIndex(), 'pence pushes')[0]!;
    expect(long.length).toBeGreaterThan(100);
    expect((await typeInto('pence pushes')).data!.choices).toEqual([]);
  });

  async function askAbout(target: Record<string, unknown>) {
    const interaction = messageCommand('Ask TradeTalk', target);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const [callback] = await fake.waitForCalls(isCallback(interaction.id));
    return { interaction, callback: bodyOf(callback!) };
  }

  it('answers "Ask TradeTalk" with the selected message as the question, ephemerally with Share', async () => {
    const { interaction, callback } = await askAbout(userMessage(QUESTION));
    expect(callback.type).toBe(5);
    expect(callback.data!.flags).toBe(EPHEMERAL);
    const [edit] = await fake.waitForCalls(isEdit(interaction.token));
    const body = bodyOf(edit!);
    expect(body.embeds![0]!.title).toBe(QUESTION);
    expect(body.embeds![0]!.description).toContain('noise and emissions testing');
    expect(body.components![0]!.components.map((c) => c.label)).toEqual(['Share', 'Helpful', 'Not helpful']);
  });

  it('shares an "Ask TradeTalk" answer publicly with its Share button', async () => {
    const { interaction } = await askAbout(userMessage(QUESTION));
    const [edit] = await fake.waitForCalls(isEdit(interaction.token));
    const share = bodyOf(edit!).components![0]!.components.find((c) => c.custom_id.startsWith(SHARE_PREFIX))!;
    const click = buttonClick(share.custom_id, { embeds: bodyOf(edit!).embeds, components: bodyOf(edit!).components });
    fake.dispatch('INTERACTION_CREATE', click);
    const [callback] = await fake.waitForCalls(isCallback(click.id));
    expect(bodyOf(callback!).data!.flags ?? 0).toBe(0);
    expect(bodyOf(callback!).data!.embeds![0]!.title).toBe(QUESTION);
  });

  it('never echoes a mass mention or a mention from the selected message', async () => {
    const { interaction } = await askAbout(userMessage(`@everyone @here <@${OTHER_BOT_ID}> korus?`));
    const [edit] = await fake.waitForCalls(isEdit(interaction.token));
    const body = bodyOf(edit!);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(body.embeds);
    for (const bad of ['@everyone', '@here', `<@${OTHER_BOT_ID}>`]) expect(text).not.toContain(bad);
  });

  it('says so, privately, when the selected message has no text', async () => {
    const { callback } = await askAbout(userMessage(''));
    expect(callback.type).toBe(4);
    expect(callback.data!.content).toBe(NO_TEXT);
    expect(callback.data!.flags).toBe(EPHEMERAL);
  });

  it('apologises ephemerally when the core fails, and keeps serving', async () => {
    const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: BOOM }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const [edit] = await fake.waitForCalls(isEdit(interaction.token));
    expect(bodyOf(edit!).content).toContain('Sorry, something went wrong');
    expect(log.lines().some((l) => l.msg === 'question failed' && l.platform === 'discord')).toBe(true);
    const message = userMessage(`<@${BOT_ID}> ${BOOM}`);
    fake.dispatch('MESSAGE_CREATE', message);
    const [apology] = await fake.waitForCalls((c) => bodyOf(c)?.message_reference?.message_id === message.id);
    expect(bodyOf(apology!).content).toContain('Sorry, something went wrong');
    const { edit: after } = await ask('korus?');
    expect(after.embeds![0]!.description).toContain('Korus');
  });
});

describe('answer embeds', () => {
  it('stay within Discord\'s 6,000 characters with the longest question, notes and quotes, keeping the question and the answer id', () => {
    const question = `what did japan agree to on us car exports ${'and farm goods '.repeat(30)}`.slice(0, DEFAULT_MAX_QUESTION_CHARS);
    const sentence = 'Japan agreed to streamline noise and emissions testing procedures for US auto exports. ';
    const answer: Answer = {
      question,
      status: 'answered',
      text: '',
      sentences: Array.from({ length: 45 }, () => ({ text: sentence, citation: 1 })),
      citations: [{ n: 1, title: 'US, Japan fail to bridge gap on trade in economic talks', publisher: 'Dhaka Tribune', date: '2017-10-17', articleId: 'a', passageId: 'a#0', passage: sentence, score: 1 }],
      notes: Array.from({ length: 30 }, (_, i) => `Source [1] is dated October 17, 2017, so "last year" there means 2016 (note ${i}).`),
      confidence: 1,
    };
    const embed = answerEmbed(answer, '0123abcd').toJSON() as Embed;
    expect(embedSize(embed)).toBeLessThanOrEqual(EMBED_TOTAL_LIMIT);
    expect(readAnswerEmbed(embed)).toEqual({ question: question.trim(), answerId: '0123abcd' });
  });
});

describe('Discord interaction tokens in the log', () => {
  let fake: FakeDiscord;
  let adapter: DiscordAdapter;
  let written = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const index = await realIndex();
    // The logger main.ts makes, with the secrets it is given.
    const logger = createLogger({ destination, secrets: [DISCORD_TOKEN] });
    adapter = await connect(fake, failingCore(index), logger);
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  it('never writes an interaction token to the log when Discord refuses a reply', async () => {
    const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: 'korus?' }]);
    // Past Discord's 3 seconds an interaction is gone: the defer and the apology both fail.
    fake.fail(isCallback(interaction.id), 2, 404, { message: 'Unknown interaction', code: 10062 });
    fake.dispatch('INTERACTION_CREATE', interaction);
    await fake.waitForCalls(isCallback(interaction.id), 2);
    for (let i = 0; i < 100 && !written.includes('apology failed'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(written).toContain('interaction failed');
    expect(written).toContain('Unknown interaction');
    expect(written).not.toContain(interaction.token);
  });
});

describe('npm run discord:deploy', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('registers the commands in a guild when DISCORD_GUILD_ID is set', async () => {
    const result = await deployCommands({ token: DISCORD_TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl });
    expect(result).toEqual({ scope: 'guild', count: allCommands.length });
    const [put] = await fake.waitForCalls((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const registered = put!.body as unknown as { name: string; type?: number; options?: { name: string; required: boolean; max_length: number; autocomplete?: boolean }[] }[];
    expect(registered.map((c) => c.name)).toEqual(['tradetalk', 'tradetalk-sources', 'tradetalk-help', 'Ask TradeTalk']);
    expect(registered[3]!.type).toBe(3);
    expect(registered[0]!.options![0]).toMatchObject({ name: 'question', required: true, max_length: DEFAULT_MAX_QUESTION_CHARS, autocomplete: true });
    expect(put!.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
  });

  it('tells a registration that cannot reach Discord as such, not as a bare socket error', async () => {
    // A port nothing listens on: the connection is refused at once.
    const closed = await FakeDiscord.start();
    const apiUrl = closed.apiUrl;
    await closed.close();
    const err: unknown = await deployCommands({ token: DISCORD_TOKEN, applicationId: APP_ID, apiUrl }).catch((e: unknown) => e);
    expect(describeDeployError(err)).toMatch(/^could not reach Discord \(ECONNREFUSED/);
  });

  it('names the token Discord rejected', () => {
    expect(describeDeployError(Object.assign(new Error('401: Unauthorized'), { status: 401 }))).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
  });

  it('registers the commands globally without a guild', async () => {
    const result = await deployCommands({ token: DISCORD_TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl });
    expect(result.scope).toBe('global');
    await fake.waitForCalls((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${APP_ID}/commands`);
  });
});

describe('Discord REST that stops answering', () => {
  let fake: FakeDiscord;
  let adapter: DiscordAdapter;
  const metrics = createMetrics();
  const release: (() => void)[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const bot = failingCore(await realIndex());
    const { logger } = memoryLogger();
    adapter = createDiscordAdapter({
      bot,
      conversation: createConversation({ bot, logger, admissions: new Admissions({ perUserPerMinute: 0 }) }),
      logger,
      token: DISCORD_TOKEN,
      apiUrl: fake.apiUrl,
      // As main.ts makes them: SEND_TIMEOUT_MS for each REST call, counted for /metrics and /healthz.
      restTimeoutMs: 200,
      sends: new Sends({ platform: 'discord', timeoutMs: 200, metrics, logger }),
    });
    const identified = fake.waitForIdentify();
    await adapter.start();
    await identified;
  });
  afterAll(async () => {
    for (const r of release) r();
    await adapter?.stop();
    await fake?.close();
  });

  it('is reported in /healthz and /metrics, as the README says of SEND_TIMEOUT_MS, while the gateway stays up', async () => {
    expect(adapter.unhealthy()).toBeUndefined();
    release.push(fake.hold((c) => c.method === 'POST' && c.path.startsWith('/api/v10/interactions/')));
    for (let i = 0; i < 3; i++) {
      const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: 'korus?' }]);
      fake.dispatch('INTERACTION_CREATE', interaction);
      await fake.waitForCalls(isCallback(interaction.id));
    }
    for (let i = 0; i < 100 && adapter.unhealthy() === undefined; i++) await new Promise((r) => setTimeout(r, 20));
    expect(adapter.unhealthy()).toMatch(/^discord API not answering: the last \d+ calls timed out after 200 ms$/);
    expect(await metrics.registry.getSingleMetricAsString('tradetalk_send_failures_total')).toMatch(/platform="discord",reason="timeout"} [3-9]/);
  });
});

describe('Discord adapter shutting down', () => {
  let fake: FakeDiscord;
  let adapter: DiscordAdapter;

  beforeEach(async () => {
    fake = await FakeDiscord.start();
    const bot = failingCore(await realIndex());
    adapter = createDiscordAdapter({ bot, conversation: createConversation({ bot, logger: memoryLogger().logger, admissions: new Admissions({ perUserPerMinute: 0 }) }), logger: memoryLogger().logger, token: DISCORD_TOKEN, apiUrl: fake.apiUrl });
    const identified = fake.waitForIdentify();
    await adapter.start();
    await identified;
  });
  afterEach(async () => {
    await adapter?.stop(0);
    await fake?.close();
  });

  // main.ts exits the process as soon as the adapters' stop() resolves: whatever is not sent by then is lost.
  it('finishes a slash command under way before it disconnects', async () => {
    const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: QUESTION }]);
    const release = fake.hold(isCallback(interaction.id));
    fake.dispatch('INTERACTION_CREATE', interaction);
    await fake.waitForCalls(isCallback(interaction.id));
    const stopped = adapter.stop(5000);
    setTimeout(release, 300);
    await stopped;
    expect(fake.calls.find(isEdit(interaction.token))?.response).toBeDefined();
  });

  it('finishes a follow-up whose reply chain is being read before it disconnects', async () => {
    const first = userMessage(`<@${BOT_ID}> ${QUESTION}`);
    fake.dispatch('MESSAGE_CREATE', first);
    const [answer] = await fake.waitForCalls((c) => postsTo(CHANNEL_ID)(c) && bodyOf(c).message_reference?.message_id === first.id);
    const answered = answer!.response as Record<string, unknown> & { id: string };
    const followUp = userMessage('what about autos?', { replyTo: answered });
    // As after a restart, when the earlier messages are not cached: the chain is read from Discord
    // (the answer replied to comes with the follow-up; the question before it is fetched).
    (adapter.client.channels.cache.get(CHANNEL_ID) as TextChannel).messages.cache.clear();
    const release = fake.hold((c) => c.method === 'GET' && c.path.endsWith(`/messages/${first.id}`));
    fake.dispatch('MESSAGE_CREATE', followUp);
    await fake.waitForCalls((c) => c.method === 'GET' && c.path.endsWith(`/messages/${first.id}`));
    const stopped = adapter.stop(5000);
    setTimeout(release, 300);
    await stopped;
    const reply = fake.calls.find((c) => postsTo(CHANNEL_ID)(c) && bodyOf(c).message_reference?.message_id === followUp.id);
    expect(reply?.response).toBeDefined();
    expect(bodyOf(reply!).embeds![0]!.title).toBe('what about autos?');
  });

  it('disconnects when the grace period ends, however long a reply takes', async () => {
    const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: QUESTION }]);
    const release = fake.hold(isCallback(interaction.id));
    fake.dispatch('INTERACTION_CREATE', interaction);
    await fake.waitForCalls(isCallback(interaction.id));
    const started = performance.now();
    await adapter.stop(200);
    expect(performance.now() - started).toBeLessThan(2000);
    release();
  });
});
