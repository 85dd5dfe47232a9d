/** Removes the bot's own mention from a message, so "@TradeTalk korus?" asks "korus?". */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.split(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g')).join(' ').trim();
}

/**
 * Whether a message opens by mentioning someone other than the bot ("<@U07QK2H9> can u look at my PR?"): in a thread
 * TradeTalk answered in, it is said to that person, not asked of TradeTalk.
 */
export function opensWithSomeoneElse(text: string, botUserId: string | undefined): boolean {
  const first = /^\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/.exec(text);
  return first !== null && first[1] !== botUserId;
}
