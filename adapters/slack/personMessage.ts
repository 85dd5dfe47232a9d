/** Which Slack message events a person wrote, and so may be questions. */
import type { types } from '@slack/bolt';

export type PersonMessage = types.GenericMessageEvent | types.FileShareMessageEvent | types.ThreadBroadcastMessageEvent;

/**
 * Whether a person wrote this: a plain message, one with a file attached, or a thread reply also
 * sent to the channel. Edits, joins and the like are not questions, and bots' posts (our own
 * replies included) are left alone.
 */
export function fromPerson(message: types.MessageEvent): message is PersonMessage {
  const { subtype } = message;
  return (subtype === undefined || subtype === 'file_share' || subtype === 'thread_broadcast') && !('bot_id' in message);
}
