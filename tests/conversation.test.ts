import { beforeAll, describe, expect, it } from 'vitest';
import { Admissions, SLOW_DOWN_TEXT } from '../adapters/admission.ts';
import { createConversation, type Turn } from '../adapters/conversation.ts';
import { createMetrics } from '../adapters/metrics.ts';
import { createTradeTalk, type SearchIndex } from '../src/index.ts';
import type { TurnOptions } from '../src/service.ts';
import { BOOM, failingCore, realIndex } from './helpers/corpus.ts';
import { memoryLogger } from './helpers/slack-driver.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const turn = (text: string, extra: Partial<Turn> = {}): Turn => ({ text, platform: 'slack', userId: 'U1', ...extra });

describe('the conversation layer', () => {
  it('answers a question as plain data with an answer id', () => {
    const conversation = createConversation({ bot: createTradeTalk(() => index), logger: memoryLogger().logger });
    const reply = conversation.respond(turn('korus?'));
    expect(reply.kind).toBe('answer');
    expect(reply.answerId).toMatch(/^[0-9a-f]{8}$/);
    if (reply.kind === 'answer') expect(reply.answer.text).toContain('Korus');
  });

  it('parses help and sources, and gives help for an empty turn, with the platform prefix', () => {
    const conversation = createConversation({ bot: createTradeTalk(() => index), logger: memoryLogger().logger, admissions: new Admissions({ perUserPerMinute: 0 }) });
    expect(conversation.respond(turn('sources')).kind).toBe('sources');
    const help = conversation.respond(turn('  ', { helpPrefix: '/tradetalk ' }));
    expect(help.kind === 'help' && help.text).toContain('List the articles: /tradetalk sources');
  });

  it('rate-limits help and sources like questions', () => {
    const conversation = createConversation({ bot: createTradeTalk(() => index), logger: memoryLogger().logger, admissions: new Admissions({ perUserPerMinute: 2 }) });
    conversation.respond(turn('help'));
    conversation.respond(turn('sources'));
    const third = conversation.respond(turn('help'));
    expect(third).toMatchObject({ kind: 'refusal', refusal: 'rate_limited', text: SLOW_DOWN_TEXT });
  });

  it('logs and counts help and sources turns', async () => {
    const log = memoryLogger();
    const metrics = createMetrics();
    const conversation = createConversation({ bot: createTradeTalk(() => index), logger: log.logger, metrics });
    conversation.respond(turn('sources', { platform: 'discord' }));
    expect(await metrics.registry.metrics()).toMatch(/tradetalk_questions_total\{platform="discord",status="sources"\} 1/);
    expect(log.lines().find((l) => l.status === 'sources')).toMatchObject({ event: 'question', kind: 'sources', platform: 'discord' });
  });

  it('passes the turn history to the core, oldest first', () => {
    const seen: (TurnOptions | undefined)[] = [];
    const real = createTradeTalk(() => index);
    const conversation = createConversation({ bot: { ...real, answer: (q, o) => (seen.push(o), real.answer(q, o)) }, logger: memoryLogger().logger });
    const history = [{ question: 'who is Taro Aso?', passageIds: ['a#1'] }, { question: 'and Pence?' }];
    conversation.respond(turn('why?', { history }));
    expect(seen[0]).toEqual({ history });
  });

  it('counts a question in flight only while the core answers it', () => {
    const admissions = new Admissions({ perUserPerMinute: 0 });
    const during: number[] = [];
    const real = createTradeTalk(() => index);
    const conversation = createConversation({ bot: { ...real, answer: (q, o) => (during.push(admissions.inFlight), real.answer(q, o)) }, logger: memoryLogger().logger, admissions });
    conversation.respond(turn('korus?'));
    expect(during).toEqual([1]);
    expect(admissions.inFlight).toBe(0);
  });

  it('turns a failing core into an error reply, logged and counted', async () => {
    const log = memoryLogger();
    const metrics = createMetrics();
    const admissions = new Admissions();
    const conversation = createConversation({ bot: failingCore(index), logger: log.logger, metrics, admissions });
    expect(conversation.respond(turn(BOOM)).kind).toBe('error');
    expect(admissions.inFlight).toBe(0);
    expect(await metrics.registry.metrics()).toMatch(/tradetalk_questions_total\{platform="slack",status="error"\} 1/);
    expect(log.lines().some((l) => l.msg === 'question failed')).toBe(true);
  });
});
