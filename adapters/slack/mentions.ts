/** Removes the bot's own mention from a message, so "@TradeTalk korus?" asks "korus?". */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.split(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g')).join(' ').trim();
}
