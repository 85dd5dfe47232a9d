/** Turns the core's answers into Block Kit, escaping everything that came from a user or the corpus. */
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import { formatDate, stripMarkup, type Answer, type PriorTurn, type SourceListing } from '../../src/index.ts';
import { slackToPlain } from './text.ts';
import { APOLOGY, priorTurn, type Reply } from '../conversation.ts';

/** Slack's limit for the text of a section block. */
export const SECTION_TEXT_LIMIT = 3000;
/** Slack's limit for blocks in one message. */
export const MESSAGE_BLOCK_LIMIT = 50;
/** Articles shown in a `sources` listing before "and N more". */
export const SOURCES_SHOWN = 20;

export const ACTION_SHARE = 'tradetalk_share';
export const ACTION_HELPFUL = 'tradetalk_feedback_helpful';
export const ACTION_NOT_HELPFUL = 'tradetalk_feedback_not_helpful';
/** Button values may hold 2,000 characters; the question is cut to leave room for the rest. */
const QUESTION_IN_BUTTON = 1500;

/**
 * Escapes the three characters Slack gives meaning to. With `<` escaped no mention
 * (`<!channel>`, `<@U…>`, `<#C…>`) can form, whatever the input held.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, limit = SECTION_TEXT_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

export interface ButtonValue {
  /** Answer id, for feedback logs. */
  id: string;
  /** The question, so a share or a vote can be tied back to it. */
  q: string;
}

/** A question as stored in a button or in metadata: no mention, no markup, no angle bracket, so nothing from it can ping when it is shown again. */
function plainQuestion(question: string): string {
  return stripMarkup(slackToPlain(question)).replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, QUESTION_IN_BUTTON);
}

/** The question is stored without its mentions and markup, so nothing from it can ping when it is shown again. */
export function buttonValue(value: ButtonValue): string {
  return JSON.stringify({ id: value.id, q: plainQuestion(value.q) });
}

export function parseButtonValue(raw: string | undefined): ButtonValue | undefined {
  try {
    const v = JSON.parse(raw ?? '') as Partial<ButtonValue>;
    return typeof v.id === 'string' && typeof v.q === 'string' ? { id: v.id, q: v.q } : undefined;
  } catch {
    return undefined;
  }
}

export interface AnswerMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface AnswerLayout {
  answerId: string;
  /** Offer "Share in channel" (for an ephemeral slash-command answer). */
  shareable?: boolean;
  /** Slack user id of the asker, shown when an answer is shared. */
  askedBy?: string;
}

function sourceLines(answer: Answer): string {
  return answer.citations
    .map((c) => {
      const title = escapeSlack(c.title);
      const linked = c.url ? `<${escapeSlack(c.url)}|${title}>` : title;
      return `${c.n}. ${linked} · ${escapeSlack(c.publisher)} · ${formatDate(c.date)}`;
    })
    .join('\n');
}

/** Block Kit for an answer: the quoted sentences, notes, numbered sources, and the buttons. */
export function answerMessage(answer: Answer, layout: AnswerLayout): AnswerMessage {
  const blocks: KnownBlock[] = [];
  if (layout.askedBy) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(`<@${layout.askedBy}> asked: ${escapeSlack(answer.question.trim())}`) }] });
  }
  if (answer.status === 'answered') {
    const quote = answer.sentences.map((s) => `${escapeSlack(s.text)} *[${s.citation}]*`).join(' ');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(quote) } });
    if (answer.notes.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(escapeSlack(answer.notes.join(' '))) }] });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*Sources*\n${sourceLines(answer)}`) } });
  } else {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(escapeSlack(answer.text)) } });
  }
  if (answer.status !== 'invalid') {
    const value = buttonValue({ id: layout.answerId, q: answer.question });
    blocks.push({
      type: 'actions',
      block_id: 'tradetalk_actions',
      elements: [
        ...(layout.shareable && answer.status === 'answered'
          ? [{ type: 'button' as const, action_id: ACTION_SHARE, text: { type: 'plain_text' as const, text: 'Share in channel' }, value }]
          : []),
        { type: 'button', action_id: ACTION_HELPFUL, text: { type: 'plain_text', text: 'Helpful' }, value },
        { type: 'button', action_id: ACTION_NOT_HELPFUL, text: { type: 'plain_text', text: 'Not helpful' }, value },
      ],
    });
  }
  return { text: clip(escapeSlack(answer.text), 40_000), blocks: blocks.slice(0, MESSAGE_BLOCK_LIMIT) };
}

/** Plain help or apology text as a one-section message. */
export function textMessage(text: string): AnswerMessage {
  const escaped = escapeSlack(text);
  return { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: clip(escaped) } }] };
}

/** The `sources` listing, newest first, linked where a url is known. */
export function sourcesMessage(listing: SourceListing): AnswerMessage {
  const shown = listing.articles.slice(0, SOURCES_SHOWN);
  const lines = shown.map((a, i) => {
    const title = escapeSlack(a.title);
    return `${i + 1}. ${a.url ? `<${escapeSlack(a.url)}|${title}>` : title} · ${escapeSlack(a.publisher)} · ${formatDate(a.date)}`;
  });
  const more = listing.articles.length - shown.length;
  if (more > 0) lines.push(`…and ${more} more.`);
  const heading = `*I know ${listing.articles.length} article${listing.articles.length === 1 ? '' : 's'}, newest first:*`;
  return { text: escapeSlack(listing.text.split('\n')[0] ?? ''), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: clip(`${heading}\n${lines.join('\n')}`) } }] };
}

export { APOLOGY };

/** The `event_type` of the metadata on every answer TradeTalk posts, so a thread's history can be read back. */
export const ANSWER_EVENT_TYPE = 'tradetalk_answer';

export interface AnswerMetadata {
  event_type: string;
  event_payload: { answer_id: string; question: string; passage_ids: string };
}

/** Message metadata for an answer: its question (without markup) and the passages it cited. */
export function answerMetadata(answerId: string, answer: Answer): AnswerMetadata {
  const turn = priorTurn(answer);
  return {
    event_type: ANSWER_EVENT_TYPE,
    event_payload: { answer_id: answerId, question: plainQuestion(turn.question), passage_ids: JSON.stringify(turn.passageIds ?? []) },
  };
}

/** Reads an answer's metadata back into a history item; undefined for any other message. */
export function turnFromMetadata(metadata: { event_type?: string; event_payload?: Record<string, unknown> } | undefined): PriorTurn | undefined {
  if (metadata?.event_type !== ANSWER_EVENT_TYPE) return undefined;
  const question = metadata.event_payload?.question;
  if (typeof question !== 'string') return undefined;
  let passageIds: string[] = [];
  try {
    const stored = metadata.event_payload?.passage_ids;
    const parsed = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
    if (Array.isArray(parsed)) passageIds = parsed.filter((p): p is string => typeof p === 'string');
  } catch {
    // no passages
  }
  return { question, passageIds };
}

/**
 * Any reply of the conversation layer as a Slack message. Answers posted with chat.postMessage
 * carry their metadata (`withMetadata`), so the thread's history can be read back; a
 * response_url reply (ephemeral, or shared from one) is not in a thread and needs none.
 */
export function replyMessage(reply: Reply, layout: Omit<AnswerLayout, 'answerId'> = {}, withMetadata = true): AnswerMessage & { metadata?: AnswerMetadata } {
  switch (reply.kind) {
    case 'answer': {
      const message = answerMessage(reply.answer, { ...layout, answerId: reply.answerId });
      return withMetadata ? { ...message, metadata: answerMetadata(reply.answerId, reply.answer) } : message;
    }
    case 'sources':
      return sourcesMessage(reply.sources);
    default:
      return textMessage(reply.text);
  }
}
