import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_HELPFUL, ACTION_SHARE, parseButtonValue } from '../adapters/slack/format.ts';
import { HANDLED_EVENT } from '../adapters/slack/handled.ts';
import { BOT_USER_ID, type RecordedCall } from './helpers/fake-slack.ts';
import { BOOM, failingCore, realIndex, type Asked } from './helpers/corpus.ts';
import { PROMPTS_TITLE, READING_STATUS } from '../adapters/slack/listeners/assistant/assistant.ts';
import { suggestQuestions } from '../src/index.ts';
import { memoryLogger, SIGNING_SECRET, SlackDriver, type Mode } from './helpers/slack-driver.ts';

interface Block {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: string | { text: string }; action_id?: string; value?: string }[];
}

const QUESTION = 'what did japan agree to streamline for us auto exports?';

const blocksOf = (call: RecordedCall) => call.body.blocks as Block[];
const allText = (call: RecordedCall) => JSON.stringify(call.body);
const buttons = (call: RecordedCall) => blocksOf(call).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

for (const mode of ['socket', 'http'] as Mode[]) {
  describe(`Slack adapter (${mode === 'socket' ? 'Socket Mode' : 'HTTP mode'}) against a local fake Slack`, () => {
    let driver: SlackDriver;
    // Debug, for the line the adapter writes when it has finished with an event.
    const log = memoryLogger('debug');
    const asked: Asked[] = [];
    const suggested: { typed: string | undefined; limit: number | undefined }[] = [];
    const responses = (url: string) => driver.fake.waitForCalls((c) => c.method === url);
    const posts = (match: (c: RecordedCall) => boolean, count = 1) => driver.fake.waitForCalls((c) => c.method === 'chat.postMessage' && match(c), count);
    /** Resolves once the adapter has finished with event `eventId` `count` times: whatever it was going to send, it has sent. */
    const handled = (eventId: string, count = 1) => log.waitFor((l) => l.event === HANDLED_EVENT && l.eventId === eventId, count);
    /** The posts made so far (no waiting), for checking that nothing more was sent. */
    const postsIn = (match: (c: RecordedCall) => boolean) => driver.fake.calls.filter((c) => c.method === 'chat.postMessage' && match(c));

    beforeAll(async () => {
      const index = await realIndex();
      const core = failingCore(index, asked);
      const bot = { ...core, suggest: (typed?: string, limit?: number) => (suggested.push({ typed, limit }), core.suggest(typed, limit)) };
      driver = await SlackDriver.start(mode, bot, log.logger);
    });
    afterAll(async () => {
      await driver?.stop();
    });

    it('answers a slash command ephemerally with quotes, numbered sources and buttons', async () => {
      const { delivery, responseUrl } = await driver.command(QUESTION);
      expect(delivery.status).toBe(200);
      const [reply] = await responses(new URL(responseUrl).pathname);
      expect(reply!.body.response_type).toBe('ephemeral');
      expect(reply!.body.text).toContain('noise and emissions testing');
      const blocks = blocksOf(reply!);
      expect(blocks[0]!.type).toBe('section');
      expect(blocks[0]!.text!.text).toMatch(/noise and emissions testing procedures.*\*\[1\]\*/);
      const sources = blocks.find((b) => b.text?.text.startsWith('*Sources*'))!;
      expect(sources.text!.text).toContain('1. <https://www.dhakatribune.com/world/2017/10/17/us-japan-fail-to-bridge-gap-on-trade-in-economic-talks/|US, Japan fail to bridge gap on trade in economic talks> · Dhaka Tribune · October 17, 2017');
      expect(buttons(reply!).map((b) => b.action_id)).toEqual([ACTION_SHARE, 'tradetalk_feedback_helpful', 'tradetalk_feedback_not_helpful']);
      for (const b of blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    });

    it('shows usage for "/tradetalk help" and for an empty command', async () => {
      for (const text of ['help', '']) {
        const { responseUrl } = await driver.command(text);
        const [reply] = await responses(new URL(responseUrl).pathname);
        expect(reply!.body.text).toContain('/tradetalk sources');
      }
    });

    it('lists the articles for "/tradetalk sources"', async () => {
      const { responseUrl } = await driver.command('sources');
      const [reply] = await responses(new URL(responseUrl).pathname);
      const text = blocksOf(reply!)[0]!.text!.text;
      expect(text).toContain('I know 5 articles, newest first');
      expect(text.indexOf('June 4, 2019')).toBeLessThan(text.indexOf('April 13, 2017'));
    });

    it('declines a question the articles do not answer, with no citation', async () => {
      const { responseUrl } = await driver.command('what is the population of osaka?');
      const [reply] = await responses(new URL(responseUrl).pathname);
      expect(reply!.body.text).toContain("couldn't find a good answer");
      expect(allText(reply!)).not.toContain('*Sources*');
      expect(buttons(reply!).map((b) => b.action_id)).not.toContain(ACTION_SHARE);
    });

    it('answers an @mention in the thread of the asking message, without its own mention', async () => {
      const ts = `1700000${mode === 'socket' ? 1 : 2}00.000100`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL1', event_ts: ts });
      const [post] = await posts((c) => c.body.thread_ts === ts);
      expect(post!.body.channel).toBe('C0GENERAL1');
      expect(post!.body.text).toContain('noise and emissions testing');
      expect(post!.authorization).toBe('Bearer xoxb-1111-2222-testbottoken');
    });

    it("leaves alone another bot's post that mentions it", async () => {
      const ts = `1700000${mode === 'socket' ? 3 : 4}00.000100`;
      const human = `1700000${mode === 'socket' ? 3 : 4}00.000200`;
      const bot = await driver.event({ type: 'app_mention', user: 'UOTHERBOT1', bot_id: 'BOTHERBOT1', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL1', event_ts: ts });
      const person = await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts: human, channel: 'C0GENERAL1', event_ts: human });
      await Promise.all([handled(bot.eventId), handled(person.eventId)]);
      expect(postsIn((c) => c.body.thread_ts === ts)).toHaveLength(0);
      expect(postsIn((c) => c.body.thread_ts === human)).toHaveLength(1);
    });

    it('answers a mention inside an existing thread in that thread', async () => {
      const ts = `1700001${mode === 'socket' ? 1 : 2}00.000300`;
      const thread = `1700001${mode === 'socket' ? 1 : 2}00.000001`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, thread_ts: thread, channel: 'C0GENERAL1', event_ts: ts });
      const [post] = await posts((c) => c.body.thread_ts === thread);
      expect(post!.body.text).toContain('Korus');
    });

    it('answers a reply without a mention in a thread it answered in, with the thread as history', async () => {
      const ts = `1700006${mode === 'socket' ? 1 : 2}00.000100`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL1', event_ts: ts });
      const [first] = await posts((c) => c.body.thread_ts === ts);
      expect(first!.body.metadata).toMatchObject({ event_type: 'tradetalk_answer', event_payload: { question: QUESTION } });
      const reply = `1700006${mode === 'socket' ? 1 : 2}00.000200`;
      await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER002', text: 'what about autos?', ts: reply, thread_ts: ts, channel: 'C0GENERAL1', event_ts: reply });
      await posts((c) => c.body.thread_ts === ts, 2);
      const followUp = asked.find((a) => a.question === 'what about autos?')!;
      expect(followUp.options?.history).toEqual([{ question: QUESTION, passageIds: expect.arrayContaining([expect.stringContaining('#')]) }]);
    });

    it('answers a reply that mentions it in a thread it answered in once, not once per event', async () => {
      const ts = `1700007${mode === 'socket' ? 1 : 2}00.000100`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0GENERAL1', event_ts: ts });
      await posts((c) => c.body.thread_ts === ts);
      const reply = `1700007${mode === 'socket' ? 1 : 2}00.000200`;
      const text = `<@${BOT_USER_ID}> who is Taro Aso?`;
      // Slack sends both events for a mention in a channel the app reads.
      const asMessage = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER001', text, ts: reply, thread_ts: ts, channel: 'C0GENERAL1', event_ts: reply });
      const asMention = await driver.event({ type: 'app_mention', user: 'UASKER001', text, ts: reply, thread_ts: ts, channel: 'C0GENERAL1', event_ts: reply });
      await Promise.all([handled(asMessage.eventId), handled(asMention.eventId)]);
      expect(postsIn((c) => c.body.thread_ts === ts)).toHaveLength(2);
      expect(asked.find((a) => a.question === 'who is Taro Aso?')!.options?.history?.map((t) => t.question)).toEqual(['korus?']);
    });

    it('answers a reply without a mention in a long thread it answered in late, with its latest answers as history', async () => {
      const m = mode === 'socket' ? 1 : 2;
      const parent = `170001${m}000.000001`;
      driver.fake.remember('C0GENERAL1', { ts: parent, user: 'UASKER002', text: 'a long discussion' });
      // 250 replies among people first: more than one page of conversations.replies.
      for (let i = 2; i <= 251; i++) driver.fake.remember('C0GENERAL1', { ts: `170001${m}000.${String(i).padStart(6, '0')}`, thread_ts: parent, user: 'UASKER002', text: `message ${i}` });
      const mention = `170001${m}000.000300`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> who is Taro Aso?`, ts: mention, thread_ts: parent, channel: 'C0GENERAL1', event_ts: mention });
      await posts((c) => c.body.thread_ts === parent);
      const reply = `170001${m}000.000400`;
      const followed = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER001', text: 'what did he say about trade friction?', ts: reply, thread_ts: parent, channel: 'C0GENERAL1', event_ts: reply });
      await handled(followed.eventId);
      expect(postsIn((c) => c.body.thread_ts === parent)).toHaveLength(2);
      const followUp = asked.filter((a) => a.question === 'what did he say about trade friction?').at(-1)!;
      expect(followUp.options?.history?.map((t) => t.question)).toEqual(['who is Taro Aso?']);
    });

    it('leaves alone a note to everyone, or a reply to someone else, in a thread it answered in', async () => {
      const ts = `1700023${mode === 'socket' ? 1 : 2}00.000100`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0GENERAL1', event_ts: ts });
      await posts((c) => c.body.thread_ts === ts);
      const note = `1700023${mode === 'socket' ? 1 : 2}00.000200`;
      const question = `1700023${mode === 'socket' ? 1 : 2}00.000300`;
      const toSomeone = `1700023${mode === 'socket' ? 1 : 2}00.000400`;
      const said = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER002', text: '<!here> pls stop pushing to main without review', ts: note, thread_ts: ts, channel: 'C0GENERAL1', event_ts: note });
      const asked = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER002', text: '<!here> who is Taro Aso?', ts: question, thread_ts: ts, channel: 'C0GENERAL1', event_ts: question });
      const aside = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER002', text: '<@UASKER001> can u look at my PR before standup?', ts: toSomeone, thread_ts: ts, channel: 'C0GENERAL1', event_ts: toSomeone });
      await Promise.all([handled(said.eventId), handled(asked.eventId), handled(aside.eventId)]);
      // The note and the aside to a colleague get nothing; the question to everyone is still answered.
      expect(postsIn((c) => c.body.thread_ts === ts)).toHaveLength(2);
    });

    it('leaves alone a reply in a thread it never answered in', async () => {
      const ts = `1700008${mode === 'socket' ? 1 : 2}00.000100`;
      const reply = `1700008${mode === 'socket' ? 1 : 2}00.000200`;
      const parent = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER001', text: 'korus?', ts, channel: 'C0GENERAL1', event_ts: ts });
      const inThread = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER002', text: 'who is Taro Aso?', ts: reply, thread_ts: ts, channel: 'C0GENERAL1', event_ts: reply });
      await Promise.all([handled(parent.eventId), handled(inThread.eventId)]);
      expect(driver.fake.calls.some((c) => c.method === 'conversations.replies' && c.body.ts === ts)).toBe(true);
      expect(postsIn((c) => c.body.thread_ts === ts)).toHaveLength(0);
    });

    it('posts nothing in a thread it never answered in when Slack will not let it read the thread', async () => {
      const ts = `1700008${mode === 'socket' ? 1 : 2}00.000500`;
      const reply = `1700008${mode === 'socket' ? 1 : 2}00.000600`;
      await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER001', text: 'lunch at noon?', ts, channel: 'C0GENERAL1', event_ts: ts });
      // conversations.replies is read for every thread reply in the bot's channels: a busy workspace meets its rate limit.
      driver.fake.fail('conversations.replies', 3, 429, { headers: { 'retry-after': '0' }, match: (body) => body.ts === ts });
      const inThread = await driver.event({ type: 'message', channel_type: 'channel', user: 'UASKER002', text: 'sure, see you there', ts: reply, thread_ts: ts, channel: 'C0GENERAL1', event_ts: reply });
      await handled(inThread.eventId);
      expect(driver.fake.calls.filter((c) => c.method === 'conversations.replies' && c.body.ts === ts)).toHaveLength(3);
      expect(postsIn((c) => c.body.thread_ts === ts)).toEqual([]);
      // Not silent: the failure is logged as an error.
      expect(log.lines().some((l) => l.event === 'thread_reply' && l.level === 50 && l.channel === 'C0GENERAL1')).toBe(true);
    });

    it('answers a direct message in the DM', async () => {
      const channel = `D0DM${mode}`;
      await driver.event({ type: 'message', channel_type: 'im', user: 'UASKER001', text: 'who is the US trade representative?', ts: '1700002000.000100', channel, event_ts: '1700002000.000100' });
      const [post] = await posts((c) => c.body.channel === channel);
      expect(post!.body.text).toContain('Robert Lighthizer');
    });

    it('answers a question sent with a file attached, in a DM and in an assistant thread', async () => {
      const channel = `D0FILE${mode}`;
      const file = { id: 'F0SHOT0001', name: 'screenshot.png', mimetype: 'image/png' };
      const dm = await driver.event({ type: 'message', subtype: 'file_share', channel_type: 'im', user: 'UASKER001', text: 'who is the US trade representative?', files: [file], ts: '1700002200.000100', channel, event_ts: '1700002200.000100' });
      await handled(dm.eventId);
      expect(postsIn((c) => c.body.channel === channel).map((c) => c.body.text)).toEqual([expect.stringContaining('Robert Lighthizer')]);
      const { channel: panel, thread } = assistantThread(7);
      const inPanel = await sayInThread(panel, thread, 'who is the US trade representative?', thread.replace('.000100', '.000200'), { user: 'UASKER001', subtype: 'file_share' });
      await handled(inPanel.eventId);
      expect(postsIn((c) => c.body.channel === panel && c.body.thread_ts === thread).map((c) => c.body.text)).toEqual([expect.stringContaining('Robert Lighthizer')]);
    });

    it('answers a reply also sent to the channel, in a thread it answered in', async () => {
      const ts = `1700009${mode === 'socket' ? 1 : 2}00.000100`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL1', event_ts: ts });
      await posts((c) => c.body.thread_ts === ts);
      const reply = `1700009${mode === 'socket' ? 1 : 2}00.000200`;
      const broadcast = await driver.event({ type: 'message', subtype: 'thread_broadcast', channel_type: 'channel', user: 'UASKER002', text: 'what about autos, for everyone?', ts: reply, thread_ts: ts, root: { ts, user: 'UASKER001', text: QUESTION }, channel: 'C0GENERAL1', event_ts: reply });
      await handled(broadcast.eventId);
      expect(postsIn((c) => c.body.thread_ts === ts)).toHaveLength(2);
      expect(asked.find((a) => a.question === 'what about autos, for everyone?')!.options?.history?.map((t) => t.question)).toEqual([QUESTION]);
    });

    it('ignores its own messages in a DM', async () => {
      const channel = `D0SELF${mode}`;
      const own = await driver.event({ type: 'message', channel_type: 'im', user: BOT_USER_ID, bot_id: 'BTRADEBOT1', text: 'korus?', ts: '1700002100.000100', channel, event_ts: '1700002100.000100' });
      const human = await driver.event({ type: 'message', channel_type: 'im', user: 'UASKER001', text: 'korus?', ts: '1700002100.000200', channel, event_ts: '1700002100.000200' });
      await Promise.all([handled(own.eventId), handled(human.eventId)]);
      expect(postsIn((c) => c.body.channel === channel)).toHaveLength(1);
    });

    /** An assistant thread of its own for each test: the DM channel and the thread's parent. */
    const assistantThread = (n: number) => ({ channel: `D0AST${mode}${n}`, thread: `17000090${n}${mode === 'socket' ? 1 : 2}.000100` });
    const startThread = (channel: string, thread: string) =>
      driver.event({
        type: 'assistant_thread_started',
        assistant_thread: { user_id: 'UASKER001', context: { channel_id: 'C0GENERAL1', team_id: 'T0TEST' }, channel_id: channel, thread_ts: thread },
        event_ts: thread,
      });
    const sayInThread = (channel: string, thread: string, text: string, ts: string, from: Record<string, string> = { user: 'UASKER001' }) =>
      driver.event({ type: 'message', channel_type: 'im', ...from, text, ts, thread_ts: thread, channel, event_ts: ts });

    it('works the suggested prompts out when it starts, before any assistant thread opens', () => {
      expect(suggested[0]).toEqual({ typed: '', limit: 0 });
    });

    it('suggests questions the articles answer when an assistant thread starts', async () => {
      const { channel, thread } = assistantThread(1);
      await startThread(channel, thread);
      const [call] = await driver.fake.waitForCalls((c) => c.method === 'assistant.threads.setSuggestedPrompts' && c.body.channel_id === channel);
      expect(call!.body.thread_ts).toBe(thread);
      expect(call!.body.title).toBe(PROMPTS_TITLE);
      const expected = suggestQuestions(await realIndex(), '', 4);
      expect(expected.length).toBeGreaterThan(0);
      expect(call!.body.prompts).toEqual(expected.map((q) => ({ title: q, message: q })));
    });

    it('says it is reading the articles before it answers in the assistant thread', async () => {
      const { channel, thread } = assistantThread(2);
      await sayInThread(channel, thread, QUESTION, thread.replace('.000100', '.000200'));
      const [post] = await posts((c) => c.body.channel === channel && c.body.thread_ts === thread);
      expect(post!.body.text).toContain('noise and emissions testing');
      const status = driver.fake.calls.findIndex((c) => c.method === 'assistant.threads.setStatus' && c.body.channel_id === channel && c.body.thread_ts === thread);
      expect(status).toBeGreaterThanOrEqual(0);
      expect(driver.fake.calls[status]!.body.status).toBe(READING_STATUS);
      expect(status).toBeLessThan(driver.fake.calls.indexOf(post!));
    });

    it('answers each message in an assistant thread with the thread as history', async () => {
      const { channel, thread } = assistantThread(3);
      await sayInThread(channel, thread, QUESTION, thread.replace('.000100', '.000200'));
      const [first] = await posts((c) => c.body.channel === channel && c.body.thread_ts === thread);
      expect(first!.body.metadata).toMatchObject({ event_type: 'tradetalk_answer', event_payload: { question: QUESTION } });
      await sayInThread(channel, thread, 'what about autos in the assistant?', thread.replace('.000100', '.000300'));
      await posts((c) => c.body.channel === channel && c.body.thread_ts === thread, 2);
      const followUp = asked.find((a) => a.question === 'what about autos in the assistant?')!;
      expect(followUp.options?.history?.map((t) => t.question)).toEqual([QUESTION]);
    });

    it('ignores its own messages in an assistant thread', async () => {
      const { channel, thread } = assistantThread(4);
      await sayInThread(channel, thread, 'korus?', thread.replace('.000100', '.000200'), { user: BOT_USER_ID, bot_id: 'BTRADEBOT1' });
      await sayInThread(channel, thread, 'korus?', thread.replace('.000100', '.000300'));
      await posts((c) => c.body.channel === channel);
      expect(driver.fake.calls.filter((c) => c.method === 'assistant.threads.setStatus' && c.body.channel_id === channel)).toHaveLength(1);
      expect(driver.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel)).toHaveLength(1);
    });

    it('still answers in an assistant thread when Slack refuses the status', async () => {
      const { channel, thread } = assistantThread(6);
      driver.fake.fail('assistant.threads.setStatus', 1, 500, { match: (body) => body.channel_id === channel });
      await sayInThread(channel, thread, QUESTION, thread.replace('.000100', '.000200'));
      const [post] = await posts((c) => c.body.channel === channel && c.body.thread_ts === thread);
      expect(post!.body.text).toContain('noise and emissions testing');
    });

    it('apologises in the assistant thread when the core fails', async () => {
      const { channel, thread } = assistantThread(5);
      await sayInThread(channel, thread, BOOM, thread.replace('.000100', '.000200'));
      const [post] = await posts((c) => c.body.channel === channel && c.body.thread_ts === thread);
      expect(post!.body.text).toContain('Sorry, something went wrong');
    });

    it('shares an answer in the channel, noting who asked', async () => {
      const { responseUrl } = await driver.command(QUESTION);
      const [reply] = await responses(new URL(responseUrl).pathname);
      const share = buttons(reply!).find((b) => b.action_id === ACTION_SHARE)!;
      const click = await driver.click(ACTION_SHARE, share.value!, 'UASKER001');
      const [shared] = await responses(new URL(click.responseUrl).pathname);
      expect(shared!.body.response_type).toBe('in_channel');
      expect(JSON.stringify(blocksOf(shared!)[0])).toContain('<@UASKER001> asked');
      expect(shared!.body.text).toContain('noise and emissions testing');
    });

    it('logs a feedback click with the question and answer id, and thanks the user', async () => {
      const { responseUrl } = await driver.command(QUESTION);
      const [reply] = await responses(new URL(responseUrl).pathname);
      const helpful = buttons(reply!).find((b) => b.action_id === ACTION_HELPFUL)!;
      const value = parseButtonValue(helpful.value)!;
      const click = await driver.click(ACTION_HELPFUL, helpful.value!);
      const [thanks] = await responses(new URL(click.responseUrl).pathname);
      expect(thanks!.body.text).toContain('Thanks for the feedback');
      const line = log.lines().find((l) => l.event === 'feedback' && l.answerId === value.id)!;
      expect(line).toMatchObject({ helpful: true, question: QUESTION, platform: 'slack' });
      expect(line.user).not.toBe('UASKER001');
    });

    it('never echoes a mass mention, user mention or markup from the question', async () => {
      const ts = `1700003${mode === 'socket' ? 1 : 2}00.000100`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> <!channel> <!here> <@U0OTHER01> <#C0SECRET1> korus? <b>&`, ts, channel: 'C0GENERAL1', event_ts: ts });
      const [post] = await posts((c) => c.body.thread_ts === ts);
      const text = allText(post!);
      for (const bad of ['<!channel>', '<!here>', '<!everyone>', '<@U0OTHER01>', '<#C0SECRET1>', '<b>']) expect(text).not.toContain(bad);
    });

    it('shows a shared question without the mentions it held', async () => {
      const { responseUrl } = await driver.command('korus? <!everyone> <@U0OTHER01>');
      const [reply] = await responses(new URL(responseUrl).pathname);
      const share = buttons(reply!).find((b) => b.action_id === ACTION_SHARE)!;
      const click = await driver.click(ACTION_SHARE, share.value!);
      const [shared] = await responses(new URL(click.responseUrl).pathname);
      const text = allText(shared!);
      expect(text).not.toContain('<!everyone>');
      expect(text).not.toContain('<@U0OTHER01>');
      expect(JSON.stringify(blocksOf(shared!)[0])).toContain('asked: korus?');
    });

    it('answers a redelivered event once', async () => {
      const ts = `1700004${mode === 'socket' ? 1 : 2}00.000100`;
      const eventId = `EvRetry${mode}`;
      const event = { type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0GENERAL1', event_ts: ts };
      await driver.event(event, { eventId });
      await posts((c) => c.body.thread_ts === ts);
      const retry = await driver.event(event, { eventId, retryNum: 1 });
      expect(retry.status).toBe(200);
      await handled(eventId, 2);
      expect(postsIn((c) => c.body.thread_ts === ts)).toHaveLength(1);
    });

    it('apologises when the core fails, and keeps serving', async () => {
      const { responseUrl } = await driver.command(BOOM);
      const [reply] = await responses(new URL(responseUrl).pathname);
      expect(reply!.body.text).toContain('Sorry, something went wrong');
      expect(log.lines().some((l) => l.msg === 'question failed' && l.platform === 'slack')).toBe(true);
      const ts = `1700005${mode === 'socket' ? 1 : 2}00.000100`;
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> ${BOOM}`, ts, channel: 'C0GENERAL1', event_ts: ts });
      const [apology] = await posts((c) => c.body.thread_ts === ts);
      expect(apology!.body.text).toContain('Sorry, something went wrong');
      const after = await driver.command('korus?');
      const [ok] = await responses(new URL(after.responseUrl).pathname);
      expect(ok!.body.text).toContain('Korus');
    });

    if (mode === 'http') {
      it('rejects a request with a forged signature', async () => {
        const body = new URLSearchParams({ command: '/tradetalk', text: 'korus?', user_id: 'U1', response_url: driver.fake.responseUrl() }).toString();
        const forged = await driver.post(body, 'application/x-www-form-urlencoded', {}, 'not-the-signing-secret');
        expect(forged.status).toBe(401);
      });

      it('rejects a correctly signed request older than five minutes', async () => {
        const body = new URLSearchParams({ command: '/tradetalk', text: 'korus?', user_id: 'U1' }).toString();
        const stale = await driver.post(body, 'application/x-www-form-urlencoded', {}, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 600);
        expect(stale.status).toBe(401);
      });
    }
  });
}
