/** Cleans a raw chat message into a question, and says what sort of question it is. */
import { AUXILIARIES } from './answerTypes.ts';

/**
 * The form the core's message patterns read (small talk, follow-ups): lower case, one kind of
 * apostrophe, no punctuation between words, single spaces. One form, so that "and now?" and
 * "which articles mention rice?" are matched alike wherever they are read.
 */
export function patternForm(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/[?!.,:;…]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** An acronym written with dots ("u.s.", "I.M.F.") written without them, as one word: its dots end no clause. */
export function withoutAcronymDots(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (acronym) => acronym.replaceAll('.', ''));
}

/** Questions longer than this are cut at a word boundary, not rejected. */
export const DEFAULT_MAX_QUESTION_CHARS = 500;

/**
 * Markup that is never part of a question, in any chat: plain-text mass mentions, URLs, HTML tags,
 * Markdown emphasis, code and quotes. Each platform's own syntax (Slack's `<@U…>`, Discord's
 * `<#…>`) is turned into plain text by its adapter before the question reaches the core.
 */
const MARKUP: readonly [RegExp, string][] = [
  [/@(?:everyone|here|channel)\b/gi, ' '], // plain-text mass mentions
  [/https?:\/\/\S+/gi, ' '],
  [/```[\s\S]*?```/g, ' '], // a fenced code block: code, not words (an inline `sources` is still read)
  // A tag ends at the next "<" too, so that "<a<a<a…" is read in one pass, not one pass from each "<".
  [/<![^<>]*>/g, ' '], // HTML comments and declarations ("<!-- note -->", "<!DOCTYPE html>")
  [/<\/?[a-z][^<>]*>/gi, ' '], // HTML tags
  [/```|[*~`|>#]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ' '], // Markdown emphasis, code, quotes
];

/**
 * A message is read up to this many characters: what follows is never part of a question of at
 * most `DEFAULT_MAX_QUESTION_CHARS`, and the markup is removed from what is read. Slack allows
 * 40,000 characters, and a line given to `npm run ask -- --jsonl` any number.
 */
export const MAX_MESSAGE_CHARS_READ = 20_000;

const ELEMENT_OPEN = /<(script|style)\b[^<>]*>/gi;

/**
 * Without its script and style elements, whose content is code, not words. Read in one pass: a
 * pattern would search to the end from every unclosed "<script>", for a time that grows with the
 * square of the message.
 */
function withoutCodeElements(text: string): string {
  if (!/<(?:script|style)\b/i.test(text)) return text;
  const lower = text.toLowerCase();
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  ELEMENT_OPEN.lastIndex = 0;
  for (let m = ELEMENT_OPEN.exec(text); m; m = ELEMENT_OPEN.exec(text)) {
    const tag = m[1]!.toLowerCase();
    if (unclosed.has(tag)) continue;
    const close = lower.indexOf(`</${tag}`, ELEMENT_OPEN.lastIndex);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    // Nothing later closes this element, so nothing later closes another like it.
    if (end < 0) {
      unclosed.add(tag);
      continue;
    }
    out += `${text.slice(from, m.index)} `;
    from = end + 1;
    ELEMENT_OPEN.lastIndex = from;
  }
  return out + text.slice(from);
}

/**
 * Attempts to steer the bot instead of asking about the articles. Each pattern is an order to the
 * bot (imperative, or addressed to "you"), so a question that merely contains "ignore" or "act as"
 * ("Did Abe ignore the previous US rules?", "Would the TPP act as a counterweight?") is answered.
 */
const ORDER_START = String.raw`(?:^|[.!?:;,]\s*|\b(?:please|now|just|and|then|so)\s+)`;
export const INJECTION_PATTERNS: readonly RegExp[] = [
  new RegExp(`${ORDER_START}(?:ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(?:instructions?|rules?|prompts?|guidelines|everything|(?:previous|prior|above)(?:\\s+\\w+)?)\\b`, 'i'),
  /\b(?:you|your)\s+(?:should|must|will|can)\s+(?:now\s+)?(?:ignore|disregard|forget)\b/i,
  /\b(?:system|hidden|initial)\s+prompt\b/i,
  /\b(?:reveal|print|show|leak|dump|give me|tell me)\b.{0,40}\b(?:token|secret|password|api[ -]?key|credentials?|env|environment variables?|config(?:uration)? (?:file|values?|settings))\b/i,
  /\byou are now\b|\bjailbreak\b|\bdeveloper mode\b|\bpretend (?:to be|you are)\b/i,
  new RegExp(`${ORDER_START}act as (?:a|an|my|the)\\b(?!.{0,60}\\b(?:for|against|to)\\b)`, 'i'),
];

/** The rows of a keyboard, for telling keyboard mash ("asdf", "poiu") from words. */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap((row) => [row, [...row].reverse().join('')]);

/** A run of three or more adjacent keys of one row, or of one letter: "qwerty", "lkj", "zzzz". No English word is either. */
function isMash(word: string): boolean {
  return word.length >= 3 && (/^(\p{L})\1+$/u.test(word) || KEYBOARD_ROWS.some((row) => row.includes(word)));
}

/**
 * Whether a message is keyboard mash, not a question: two or more mashed words ("jjjjjj kkkk ;;;;
 * tariff tariff uwu 15%%%%"), or nothing else. A real word or two among them ask nothing; answered,
 * they matched a passage on "tariff" alone.
 */
export function isKeyboardMash(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const mashed = words.filter(isMash).length;
  return mashed >= 2 || (mashed > 0 && mashed === words.length);
}

/**
 * Mass mentions opening a message, as plain text or chat markup: "@here", "@channel @everyone", "<!here>", "<@everyone>".
 * A colon after one is read only before another, so that the colon of an emoji's code (Slack writes "<!here> :wave: who…") stays its own.
 */
const TO_EVERYONE = /^(?:[\s:]*(?:<[!@](?:here|channel|everyone)(?:\|[^>]*)?>|@(?:here|channel|everyone)\b)[\s,.;!-]*)+/i;
/** Punctuation that sets off a word of a preamble ("team,", "question:"), and what separates them. */
const PUNCTUATION = String.raw`[,:;!.—–-]`;
const SEPARATOR = String.raw`(?:[\s,;!.—–-]|:(?![a-z0-9_+'-]))`;
/** The people a message to everyone may address by name: "all", "team", "folks". */
const ADDRESSEES = String.raw`(?:all|everyone|everybody|team|folks|guys|y'?all)`;
/**
 * What chat writes before the question of a message to everyone: a greeting and those it greets ("hey all", "hi
 * everyone"), those addressed when set off ("team,"), a please, a connective, a label ("question:", "quick q") or an
 * emoji (":wave:", "🙏"). "Everyone should…" or "please review…" is no question for standing after them.
 */
const PREAMBLE = String.raw`(?:(?:hey|hi|hello|yo)(?:\s+${ADDRESSEES}(?!\s*${PUNCTUATION}))?|${ADDRESSEES}(?=\s*${PUNCTUATION})|please|pls|plz|so|ok|okay|and|but|also|quick\s+(?:q(?:uestion)?|one)|q|question|:[a-z0-9_+'-]+:|[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}]+)`;
/**
 * How a message that asks something opens, after any preamble: an auxiliary or a request ("tell me", "explain", "anyone
 * know"); a question word asks wherever it stands (`ASKS_WITHIN`). Each preamble reads one way only (a colon before a
 * letter opens an emoji's code, "hi all," is a greeting and those set off), so a long run of them fails in linear time,
 * not in time that doubles with each.
 */
const ASKING_OPENER = new RegExp(
  String.raw`^${SEPARATOR}*(?:${PREAMBLE}${SEPARATOR}+)*(?:${AUXILIARIES}|can|tell|explain|show|give|list|summari[sz]e|describe|any(?:one|body))(?:n['’]?t)?\b`,
  'iu',
);
/** A question word anywhere: "@here what tariff…", "@here i was wondering what the tariff on cars is", "@here someone explain how…". */
const ASKS_WITHIN = /\b(?:what|what['’]s|whats|who|whom|whose|when|where|why|how|which|wondering|wonder)\b/i;

/**
 * Whether a message is a note to the whole channel rather than a question: it opens by addressing everyone ("@here
 * lunch order is in the pinned msg", "@channel reminder: expense reports due friday", "@here pls stop pushing to main
 * without review") and asks nothing after that: no question mark, no question word anywhere, and no auxiliary or
 * request to open it, past a greeting or a please ("@here hey all, does anyone know…" asks). Such notes share words
 * with the articles by chance ("review", "order", "reports") and were answered.
 */
export function isChannelNote(raw: string): boolean {
  const opening = TO_EVERYONE.exec(raw);
  if (!opening) return false;
  const rest = stripMarkup(sanitise(raw.slice(opening[0].length)));
  return rest !== '' && !rest.includes('?') && !ASKS_WITHIN.test(rest) && !ASKING_OPENER.test(rest);
}

export interface QuestionIntent {
  /** Asks who wrote an article: the byline answers it. */
  author: boolean;
  /** Is worded about the future ("will", "next", "expected"). */
  future: boolean;
  /** Asks what happened ("when did…", "who was…"), not what is planned or is so now. */
  past: boolean;
}

export interface PreparedQuestion {
  /** The message as received. */
  original: string;
  /** Markup stripped, whitespace collapsed, cut to the limit. */
  text: string;
  truncated: boolean;
  injection: boolean;
  /** Keyboard mash rather than a question (`isKeyboardMash`). */
  gibberish: boolean;
  /** A note to the whole channel that asks nothing (`isChannelNote`). */
  channelNote: boolean;
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

/** Strips chat markup and mass mentions, keeping the words. */
export function stripMarkup(text: string): string {
  let out = withoutCodeElements(text);
  for (const [pattern, replacement] of MARKUP) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters, at the last space when there is one. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max * 0.6 ? head.slice(0, space) : head).trim();
}

/**
 * "y" opening a question, before an auxiliary ("y did son go?", "y isnt beef hit?") or alone ("y?", "y not?"), is how
 * chat writes "why". Read as the word, so the question asks for a reason and "y" is not searched for.
 */
const CHAT_WHY = new RegExp(
  // "didn’t" as phones type it, and "can't"/"won't", whose negatives are not the auxiliary and "n't".
  String.raw`^((?:@\S+\s+)?(?:(?:and|but|so|ok|okay)\s+)?)y(?=\s+(?:(?:${AUXILIARIES})(?:n['’]?t)?|can['’]?t|won['’]?t|wont)\b|\s+not\b|\s*[?!.]*$)`,
  'i',
);

function withChatWhy(text: string): string {
  return text.replace(CHAT_WHY, '$1why');
}

/**
 * Content words chat writes short, which no article does: "last yr", "how many ppl", "the first econ 2+2", "the terumo
 * exec". Read as the words, so "last yr" is last year (a year the article's date gives) and "ppl" is searched for as
 * people. Short forms that articles also write ("govt", "pct", "dept") are aliases in the vocabulary instead.
 */
const CHAT_CONTENT_WORDS: Readonly<Record<string, string>> = { ppl: 'people', yr: 'year', yrs: 'years', econ: 'economic', exec: 'executive', execs: 'executives' };
/** With a possessive or in a compound ("the exec's target", "yr-end") still the word, as "non-exec" is; not in a dotted name ("econ.jp"). */
const CHAT_CONTENT_WORD = new RegExp(String.raw`\b(?:${Object.keys(CHAT_CONTENT_WORDS).join('|')})\b(?!\.\w)`, 'gi');

function withChatWords(text: string): string {
  // Written in capitals it is a name: "PPL Corp", the utility. Not in a question that shouts ("HOW MANY PPL LINED UP"),
  // whose capitals name nothing, as for search (`writtenInCapitals` in rank.ts).
  let shouted: boolean | undefined;
  const isName = (word: string) => word === word.toUpperCase() && !(shouted ??= capitalsOf(text).shouted);
  return text.replace(CHAT_CONTENT_WORD, (word, at: number) => {
    if (isName(word)) return word;
    // "yr" is chat's "your" too: "what's yr source?". A year has a word of time or a number before it ("last yr", "per
    // yr", "what yr", "a normal yr", "20 yrs") or is one ("yr-end"); "yrs" is only ever years.
    if (word.toLowerCase() === 'yr' && !YEAR_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && text[at + word.length] !== '-') return 'your';
    return CHAT_CONTENT_WORDS[word.toLowerCase()] ?? word;
  });
}

/**
 * A question with more than this share of its words in capitals shouts, though a word or two may be in lower case
 * ("WHAT GIFT DID AKAZAWA BRING TRUMP pls"): its capitals say nothing.
 */
export const SHOUTED_WORDS_SHARE = 0.5;
const WORD_IN_CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** The words a question writes in capitals ("IRA", "GM"), lower-cased, and whether it shouts: more than `SHOUTED_WORDS_SHARE` of its words in capitals, which then name nothing. */
export function capitalsOf(text: string): { words: string[]; shouted: boolean } {
  const normalized = text.normalize('NFKC');
  const words = [...normalized.matchAll(WORD_IN_CAPITALS)].map((m) => m[0].toLowerCase());
  return { words, shouted: words.length > SHOUTED_WORDS_SHARE * (normalized.match(/\p{L}+/gu)?.length ?? 0) };
}

/** Words that stand before "yr" when it is a year: a determiner, a word of time, "what", "which", or a number (with an adjective between: "a normal yr"). */
const YEAR_BEFORE = /\b(?:(?:last|next|this|that|per|each|every|fiscal|financial|calendar|what|which|whole|full|past|same|\d+)\s+|(?:a|an|one|the|this|that|each|every)\s+(?:[a-z-]+\s+)?)$/i;

/**
 * A two-digit year at or under this is of the 2000s, above it of the 1900s: "spring 25" is 2025, "spring 64" 1964, "the '80s"
 * the 1980s. The bot keeps no clock, and its articles reach back to the 1950s.
 */
export const TWO_DIGIT_YEAR_PIVOT = 30;
/** Seasons, before a year ("spring 64"); not months, before which a number is a day ("dec 30"). */
const SEASON = 'spring|summer|fall|autumn|winter';
/**
 * A year chat writes in two digits, only where nothing else is meant: after a season or a part of a year ("spring 64",
 * "end of 85", "late 80s"), after "in", "since" or "until" ending the question ("what did japan export in 73?"), or after
 * an apostrophe ("'73", "the '80s"). Not after "of", "from" or "by" alone, where it is as often an amount ("a tariff of
 * 25", "from 25 to 50", "cut by 25?").
 */
const TWO_DIGIT_YEAR = new RegExp(
  String.raw`(?<=\b(?:${SEASON}|(?:end|start|beginning|middle)\s+of|early|mid|late)[\s-]+)(\d\d)(?=s(?![\p{L}\p{N}])|\s*(?:[?!.,;:)]|$)|\s+(?:and|or|vs|versus|when|while|than|compared)\b)|(?<=\b(?:in|since|until|till)\s+)(\d\d)(?=\s*[?!.]*\s*$)|(?<![\p{L}\p{N}])['’](\d\d)(?=s?(?![\p{L}\p{N}]))`,
  'giu',
);

/** The question with its two-digit years written in full, so that they are searched for and read as years. */
function withFullYears(text: string): string {
  return text.replace(TWO_DIGIT_YEAR, (_match, season: string | undefined, ending: string | undefined, quoted: string | undefined) => {
    const yy = Number(season ?? ending ?? quoted);
    return String(yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy);
  });
}

export function detectIntent(text: string): QuestionIntent {
  const t = text.toLowerCase();
  const future = /\b(?:will|would|could|might|going to|gonna|next|upcoming|expected|forecast|projected|plans?|planned|scheduled|supposed|future|later|by (?:1[89]|2\d)\d\d)\b/.test(t);
  return {
    // "Who reported that?" asks whose report the quote gives ("the Nikkei reported"), not the byline; "who reported this story?" asks that.
    author: /\bwho (?:wrote|writes|authored|penned)\b|\bwho reported (?:on )?(?:this|the) (?:article|story|piece|report)\b|\b(?:author|byline|reporter|journalist|writer)\b/.test(t),
    future,
    past: !future && /\b(?:did|was|were|had)\b/.test(t),
  };
}

export function prepareQuestion(raw: string, maxChars = DEFAULT_MAX_QUESTION_CHARS): PreparedQuestion {
  const stripped = stripMarkup(sanitise(raw.slice(0, MAX_MESSAGE_CHARS_READ)));
  const text = withFullYears(withChatWords(withChatWhy(cut(stripped, maxChars))));
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d|21\d\d)\b/g)].map((m) => Number(m[1]));
  return {
    original: raw,
    text,
    truncated: text.length < stripped.length,
    injection: INJECTION_PATTERNS.some((p) => p.test(stripped)),
    gibberish: isKeyboardMash(text),
    channelNote: isChannelNote(raw.slice(0, MAX_MESSAGE_CHARS_READ)),
    intent: detectIntent(text),
    years,
  };
}
