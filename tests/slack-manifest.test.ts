import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../adapters/slack/manifest.json'), 'utf8')) as {
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
  features: { slash_commands: { command: string }[]; assistant_view?: { assistant_description?: string } };
};

describe('Slack app manifest', () => {
  it('asks for exactly the scopes the adapter uses', () => {
    // commands: /tradetalk; app_mentions:read: app_mention events; chat:write: replies; the four *:history scopes:
    // message events and conversations.replies in channels, private channels, DMs and group DMs, for follow-ups in threads;
    // assistant:write: the assistant panel's suggested prompts and thread status.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'assistant:write',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:history',
      'mpim:history',
    ]);
  });

  it('reads the threads it answers in, to take follow-ups without a mention', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['channels:history', 'groups:history', 'im:history', 'mpim:history']));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['message.channels', 'message.groups', 'message.im', 'message.mpim']));
  });

  it('subscribes to mentions and direct messages, with the slash command, interactivity and Socket Mode', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im']));
    expect(manifest.features.slash_commands.map((c) => c.command)).toContain('/tradetalk');
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('offers the AI assistant panel, with its thread events', () => {
    expect(manifest.features.assistant_view?.assistant_description).toBeTruthy();
    expect(manifest.oauth_config.scopes.bot).toContain('assistant:write');
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['assistant_thread_started', 'assistant_thread_context_changed', 'message.im']));
  });
});
