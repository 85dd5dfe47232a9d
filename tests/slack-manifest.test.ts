import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../adapters/slack/manifest.json'), 'utf8')) as {
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
  features: { slash_commands: { command: string }[] };
};

describe('Slack app manifest', () => {
  it('asks for exactly the scopes the adapter uses', () => {
    // commands: /tradetalk; app_mentions:read: app_mention events; chat:write: replies; im:history: message.im events.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
  });

  it('subscribes to mentions and direct messages, with the slash command, interactivity and Socket Mode', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im']));
    expect(manifest.features.slash_commands.map((c) => c.command)).toContain('/tradetalk');
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
