/** Cleans a raw chat message into a question, and says what sort of question it is. */

/** Questions longer than this are cut at a word boundary, not rejected. */
export const DEFAULT_MAX_QUESTION_CHARS = 500;

/** Chat markup that is never part of a question: mentions, channel links, emoji, URLs. */
const MARKUP: readonly [RegExp, string][] = [
  [/<!(?:channel|here|everyone)(?:\|[^>]*)?>/gi, ' '], // Slack mass mentions
  [/<!subteam\^[^>]*>/gi, ' '], // Slack user-group mentions
  [/<![^>]*>/g, ' '], // any other Slack special command
  [/<@[UWB][A-Z0-9]+(?:\|[^>]*)?>/g, ' '], // Slack user mentions
  [/<#[CG][A-Z0-9]+\|([^>]*)>/g, ' $1 '], // Slack channel links keep their name
  [/<#[CG][A-Z0-9]+>/g, ' '],
  [/<(?:https?|mailto):[^|>]*\|([^>]*)>/gi, ' $1 '], // Slack links keep their label
  [/<(?:https?|mailto):[^>]*>/gi, ' '],
  [/<@[!&]?\d{5,25}>/g, ' '], // Discord user and role mentions
  [/<#\d{5,25}>/g, ' '], // Discord channel mentions
  [/<a?:\w+:\d{5,25}>/g, ' '], // Discord custom emoji
  [/<\/[\w -]+:\d{5,25}>/g, ' '], // Discord command mentions
  [/@(?:everyone|here|channel)\b/gi, ' '], // plain-text mass mentions
  [/https?:\/\/\S+/gi, ' '],
  [/<\/?[a-z][^>]*>/gi, ' '], // HTML tags
  [/```|[*~`|>#]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ' '], // Markdown emphasis, code, quotes
];

/** Attempts to steer the bot instead of asking about the articles. */
export const INJECTION_PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|rules?|prompts?|guidelines|previous|prior|above|everything)\b/i,
  /\b(?:system|hidden|initial)\s+prompt\b/i,
  /\b(?:reveal|print|show|leak|dump|give me|tell me)\b.{0,40}\b(?:token|secret|password|api[ -]?key|credentials?|env(?:ironment)?(?: variables?)?|config(?:uration)?)\b/i,
  /\byou are now\b|\bact as\b|\bpretend (?:to be|you are)\b|\bjailbreak\b|\bdeveloper mode\b/i,
];

export interface QuestionIntent {
  /** Asks for a time: the article date can help. */
  when: boolean;
  /** Asks for a person or organisation. */
  who: boolean;
  /** Asks who wrote an article: the byline answers it. */
  author: boolean;
  /** Asks for a number or amount. */
  quantity: boolean;
  /** Is worded about the future ("will", "next", "expected"). */
  future: boolean;
}

export interface PreparedQuestion {
  /** The message as received. */
  original: string;
  /** Markup stripped, whitespace collapsed, cut to the limit. */
  text: string;
  truncated: boolean;
  injection: boolean;
  intent: QuestionIntent;
  /** Four-digit years the question names. */
  years: number[];
}

/** Removes control characters and unpaired surrogates that would break logs and chat APIs. */
export function sanitise(raw: string): string {
  return raw
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, ' ');
}

/** Strips chat markup and mentions, keeping the words. */
export function stripMarkup(text: string): string {
  let out = text;
  for (const [pattern, replacement] of MARKUP) out = out.replace(pattern, replacement);
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters, at the last space when there is one. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max * 0.6 ? head.slice(0, space) : head).trim();
}

export function detectIntent(text: string): QuestionIntent {
  const t = text.toLowerCase();
  return {
    when: /\bwhen\b|\bwhat (?:day|date|month|year|time)\b|\bwhich (?:day|date|month|year)\b|\bhow long (?:ago|before|after)\b|\bhow soon\b/.test(t),
    who: /\bwho(?:'s|’s|m|se)?\b|\bwhich (?:person|official|minister|president|leader|agency|newspaper|paper|outlet)\b/.test(t),
    author: /\bwho (?:wrote|writes|authored|penned|reported)\b|\b(?:author|byline|reporter|journalist|writer)\b/.test(t),
    quantity: /\bhow (?:many|much|big|large|long)\b|\bwhat (?:share|percent(?:age)?|number|amount|portion|proportion)\b/.test(t),
    future: /\b(?:will|going to|gonna|next|upcoming|expected|plans?|planned|scheduled|future|later)\b/.test(t),
  };
}

export function prepareQuestion(raw: string, maxChars = DEFAULT_MAX_QUESTION_CHARS): PreparedQuestion {
  const stripped = stripMarkup(sanitise(raw));
  const text = cut(stripped, maxChars);
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d|21\d\d)\b/g)].map((m) => Number(m[1]));
  return {
    original: raw,
    text,
    truncated: text.length < stripped.length,
    injection: INJECTION_PATTERNS.some((p) => p.test(stripped)),
    intent: detectIntent(text),
    years,
  };
}
