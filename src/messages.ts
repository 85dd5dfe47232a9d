/** The words the bot says, shared by every adapter so Slack, Discord and the terminal agree. */
import { byNewest } from './corpus.ts';
import { formatDate } from './dates.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { AnswerSentence, Citation, SourceListing } from './types.ts';

export const NO_ANSWER_TEXT =
  "I couldn't find a good answer to that in the articles I know, so I won't guess. Try rephrasing it, or ask for `sources` to see what I cover.";
export const NOT_A_QUESTION_TEXT =
  "That doesn't look like a question about the US–Japan trade talks. Ask me something about them, or ask for `help`.";
export const CHANNEL_NOTE_TEXT =
  "That looks like a note for everyone in the channel, so I'll leave it. Ask me something about the US–Japan trade talks, or ask for `help`.";
export const INJECTION_TEXT =
  'I only answer questions about the US–Japan trade talks, from the news articles I know. I have no other instructions to share.';
export const EMPTY_QUESTION_TEXT = 'Please ask a question.';
export const NOTHING_MORE_TEXT = "That's all the articles I know say about it.";
/** "More" when nothing in the conversation was answered: there is no "all" to have said. */
export const NOTHING_FOUND_YET_TEXT =
  "I haven't found anything on that in the articles I know, so I have nothing more to add. Try asking it another way, or ask for `sources` to see what I cover.";
/** A follow-up ("tell me more", "why?", "who said that?") that opens a conversation: there is no earlier answer to go on from. */
export const NO_EARLIER_ANSWER_TEXT =
  'There is nothing to follow up on yet. Ask me a question about the US–Japan trade talks first; then "tell me more", "why?" or "who said that?" carry on from my answer.';
export const BROAD_QUESTION_TEXT =
  'That question is too broad for me to pick an answer: every article I know is about it. Name a person, a product, a deal or an event, and I will quote what the articles say.';

export const NO_TOPIC_TEXT =
  'That asks who, but not who did what. Name a deal, an event or a topic ("who signed the 2019 trade deal?"), and I will quote what the articles say.';

export const TOPIC_ONLY_TEXT =
  'That names a topic rather than asking about it. Ask what you want to know (who, when, why, how much…), and I will quote what the articles say.';

/** Declines a follow-up about something no article mentions, naming it: the user learns what the articles lack. */
export function notMentionedText(words: readonly string[]): string {
  const named = words.map((w) => `"${w}"`);
  const list = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
  return `None of the articles I know mention ${list}, so I can't answer that. Ask for \`sources\` to see what I cover.`;
}

/** Says which earlier question a follow-up was read with. */
export function followUpNote(earlier: string): string {
  const shown = earlier.replace(/\s+/g, ' ').trim();
  return `(Read as a follow-up to "${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}".)`;
}
export const GREETING_TEXT = 'Hi! Ask me anything about the US–Japan trade talks, or ask for `sources` to see the articles I know.';
export const THANKS_TEXT = "You're welcome. Ask me anything else about the US–Japan trade talks.";
export const LANGUAGE_TEXT = 'I only read English articles, so please ask in English.';
export const CLOCK_TEXT = "I don't keep a clock: I only know what the articles say about the US–Japan trade talks. Ask me about them, or ask for `sources` to see the articles I know.";

export function laterThanCorpusText(year: number, newestDate: string): string {
  return `My newest article is from ${formatDate(newestDate)}, so I can't tell you what happened in ${year}. Ask for \`sources\` to see what I cover.`;
}

/** Says how new "the latest" is: the bot cannot see news after its newest article. */
export function latestNote(date: string, onTopic: boolean): string {
  return `(${onTopic ? 'The newest article I know on this is' : 'From my newest article,'} dated ${formatDate(date)}; I can't see news after it.)`;
}

export function truncatedNote(limit: number): string {
  return `Your question was longer than ${limit} characters, so I only read the first part of it.`;
}

/** Usage help. `prefix` is how the user reaches the bot on their platform, e.g. "/tradetalk ". */
export function helpText(prefix = ''): string {
  return [
    'TradeTalk answers questions about the US–Japan trade talks from the news articles it knows, and cites each one.',
    '',
    `Ask a question: ${prefix}what does Japan want to avoid in a trade deal?`,
    `Get the newest news: ${prefix}what's the latest on the auto tariffs?`,
    `List the articles: ${prefix}sources`,
    `Show this help: ${prefix}help`,
    '',
    "If the articles don't answer a question, TradeTalk says so rather than guess.",
  ].join('\n');
}

/** "Title — Publisher, October 17, 2017". */
function sourceLine(c: Pick<Citation, 'title' | 'publisher' | 'date'>): string {
  return `${c.title} — ${c.publisher}, ${formatDate(c.date)}`;
}

/** The answer as plain text: the quoted sentences with their numbers, notes, then the numbered sources. */
export function answerText(sentences: AnswerSentence[], citations: Citation[], notes: string[]): string {
  const quote = sentences.map((s) => `${s.text} [${s.citation}]`).join(' ');
  const sources = citations.map((c) => `[${c.n}] ${sourceLine(c)}${c.url ? ` <${c.url}>` : ''}`);
  return [quote, ...(notes.length ? ['', ...notes] : []), '', 'Sources:', ...sources].join('\n');
}

/**
 * The articles the bot knows, newest first; with `on`, only those that mention a topic ("rice"), which
 * `articleIds` gives, or none when the topic is too common to list.
 */
export function sources(index: SearchIndex, on?: { topic: string } & ({ articleIds: ReadonlySet<string> } | { tooCommon: true })): SourceListing {
  const counts = new Map<string, number>();
  for (const p of index.passages.values()) counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
  const known = [...index.articles.values()];
  const only = on && 'articleIds' in on ? on.articleIds : undefined;
  const listed = on ? known.filter((a) => only?.has(a.id) === true) : known;
  const articles = listed.sort(byNewest).map((a) => ({
    title: a.title,
    publisher: a.publisher,
    ...(a.author ? { author: a.author } : {}),
    date: a.date,
    ...(a.url ? { url: a.url } : {}),
    passages: counts.get(a.id) ?? 0,
  }));
  const lines = articles.map((a, i) => `${i + 1}. ${sourceLine(a)}${a.url ? ` <${a.url}>` : ''}`);
  const all = `${known.length} article${known.length === 1 ? '' : 's'}`;
  if (!on) return { articles, text: [`I know ${all}, newest first:`, ...lines].join('\n') };
  const shown = on.topic.replace(/\s+/g, ' ').trim();
  // Cut by characters, not UTF-16 units, so an emoji is not split.
  const topic = [...shown].length > 80 ? `${[...shown].slice(0, 79).join('')}…` : shown;
  if (!only) return { articles, text: `"${topic}" is in too many of the ${all} I know to list them. Ask me a question about it, or ask for \`sources\` to see them all.` };
  if (articles.length === 0) return { articles, text: `None of the ${all} I know mentions "${topic}". Ask for \`sources\` to see them all.` };
  return { articles, text: [`${articles.length} of the ${all} I know mention${articles.length === 1 ? 's' : ''} "${topic}", newest first:`, ...lines].join('\n') };
}
