/**
 * Discord's message syntax turned into the plain text the core reads: user, role and channel
 * mentions, custom emoji, command mentions and timestamps dropped. `@everyone` and `@here` are
 * plain text in Discord; the core drops them as it drops any chat mass mention.
 */
const DISCORD_SYNTAX: readonly RegExp[] = [
  /<@[!&]?\d{5,25}>/g, // user and role mentions
  /<#\d{5,25}>/g, // channel mentions
  /<a?:\w+:\d{5,25}>/g, // custom emoji
  /<\/[\w -]+:\d{5,25}>/g, // command mentions
  /<t:-?\d+(?::[tTdDfFR])?>/g, // timestamps
];

/** A Discord message's content as plain text for the core. */
export function discordToPlain(content: string): string {
  let out = content;
  for (const pattern of DISCORD_SYNTAX) out = out.replace(pattern, ' ');
  return out.replace(/\s+/g, ' ').trim();
}
