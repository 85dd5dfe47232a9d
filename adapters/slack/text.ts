/**
 * Slack's message syntax turned into the plain text the core reads: the bot's own mention and other
 * mentions dropped, channel links and links reduced to their names, Slack's HTML entities decoded.
 * Mass mentions (`<!channel>`, `<!here>`, `<!everyone>`) are dropped, so they are never echoed.
 */
const SLACK_SYNTAX: readonly [RegExp, string][] = [
  [/<!(?:channel|here|everyone)(?:\|[^>]*)?>/gi, ' '], // mass mentions
  [/<!subteam\^[^>]*>/gi, ' '], // user-group mentions
  [/<![^>]*>/g, ' '], // any other special command (dates, broadcasts)
  [/<@[UWB][A-Z0-9]+(?:\|[^>]*)?>/g, ' '], // user mentions
  [/<#[CG][A-Z0-9]+\|([^>]*)>/g, ' $1 '], // channel links keep their name
  [/<#[CG][A-Z0-9]+>/g, ' '],
  [/<(?:https?|mailto):[^|>]*\|([^>]*)>/gi, ' $1 '], // links keep their label
  [/<(?:https?|mailto):[^>]*>/gi, ' '],
];

/** A Slack message's text as plain text for the core. */
export function slackToPlain(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SLACK_SYNTAX) out = out.replace(pattern, replacement);
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
