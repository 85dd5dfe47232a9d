/** Gateway payloads as Discord sends them, for the fake Discord to dispatch. */
import { APP_ID, BOT_ID, BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, HUMAN, snowflake } from './fake-discord.ts';

const member = () => ({ user: HUMAN, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' });

function interactionBase(type: number) {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
    member: member(),
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

/** INTERACTION_CREATE for a slash command. */
export function slashCommand(name: string, options: { name: string; type: number; value: string }[] = []) {
  return { ...interactionBase(2), data: { id: snowflake(), name, type: 1, guild_id: GUILD_ID, options } };
}

/** INTERACTION_CREATE for a button click on `message`. */
export function buttonClick(customId: string, message: Record<string, unknown>) {
  return {
    ...interactionBase(3),
    data: { custom_id: customId, component_type: 2 },
    message: { ...message, id: message.id ?? snowflake(), channel_id: CHANNEL_ID, author: BOT_USER, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, type: 0, flags: 64, content: '' },
  };
}

/** MESSAGE_CREATE from a user (or a bot), in a guild channel, a thread, or a DM. */
export function userMessage(
  content: string,
  options: { channelId?: string; channelType?: number; dm?: boolean; author?: Record<string, unknown>; mentionsBot?: boolean; replyTo?: Record<string, unknown>; ping?: boolean } = {},
) {
  const dm = options.dm ?? false;
  const replyTo = options.replyTo;
  // A reply pings the author of the message replied to unless the user turns that off; Discord then lists them in `mentions`.
  const pingsBot = replyTo !== undefined && (options.ping ?? true) && (replyTo.author as { id?: string } | undefined)?.id === BOT_ID;
  return {
    id: snowflake(),
    channel_id: options.channelId ?? (dm ? DM_CHANNEL_ID : CHANNEL_ID),
    // Discord names the channel type in MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
    channel_type: options.channelType ?? (dm ? 1 : 0),
    ...(dm ? {} : { guild_id: GUILD_ID, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
    author: options.author ?? HUMAN,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (options.mentionsBot ?? (content.includes(`<@${BOT_ID}>`) || pingsBot)) ? [BOT_USER] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: replyTo ? 19 : 0,
    ...(replyTo
      ? { message_reference: { type: 0, message_id: replyTo.id, channel_id: replyTo.channel_id ?? CHANNEL_ID, guild_id: GUILD_ID }, referenced_message: replyTo }
      : {}),
  };
}

/** INTERACTION_CREATE for autocomplete: the user is typing `typed` into option `focused` of command `name`. */
export function autocomplete(name: string, focused: string, typed: string) {
  return { ...interactionBase(4), data: { id: snowflake(), name, type: 1, guild_id: GUILD_ID, options: [{ name: focused, type: 3, value: typed, focused: true }] } };
}

/** INTERACTION_CREATE for a message context-menu command run on `target` (a MESSAGE_CREATE payload). */
export function messageCommand(name: string, target: Record<string, unknown>) {
  const targetId = String(target.id);
  return { ...interactionBase(2), data: { id: snowflake(), name, type: 3, guild_id: GUILD_ID, target_id: targetId, resolved: { messages: { [targetId]: target } } } };
}
