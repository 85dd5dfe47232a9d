import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../adapters/logger.ts';

describe('scrubSecrets', () => {
  it('replaces Slack bot, user and app tokens wherever they appear in text', () => {
    const text = 'failed with xoxb-1234567890-abcdefABCDEF, xoxp-99-88-77-zz and xapp-1-A0123-456-abcdef in the URL';
    expect(scrubSecrets(text)).toBe('failed with [REDACTED], [REDACTED] and [REDACTED] in the URL');
  });

  it('replaces a Discord bot token', () => {
    const token = `MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.${'x'.repeat(38)}`;
    expect(scrubSecrets(`login with ${token} failed`)).toBe('login with [REDACTED] failed');
  });

  it('replaces the value of a Bearer or Bot authorization header', () => {
    expect(scrubSecrets('Authorization: Bearer abc.def-ghi_jkl012 sent')).toBe('Authorization: [REDACTED] sent');
    expect(scrubSecrets('Authorization: Bot abc.def-ghi_jkl012')).toBe('Authorization: [REDACTED]');
  });

  it('replaces configured secrets that have no known shape, but not ones too short to be safe to match', () => {
    expect(scrubSecrets('signing secret 8f14e45fceea167a was wrong; id abc', ['8f14e45fceea167a', 'abc'])).toBe('signing secret [REDACTED] was wrong; id abc');
  });

  it('replaces the token in a Discord interaction or webhook URL, keeping the route', () => {
    const token = 'aW50ZXJhY3Rpb246MTE4MDAwMDAwMDAwMDAwMTAwMDpxYnlz';
    expect(scrubSecrets(`POST https://discord.com/api/v10/interactions/1180000000000001000/${token}/callback failed`)).toBe(
      'POST https://discord.com/api/v10/interactions/1180000000000001000/[REDACTED]/callback failed',
    );
    expect(scrubSecrets(`"url":"https://discord.com/api/v10/webhooks/1180000000000000001/${token}/messages/@original"`)).toBe(
      '"url":"https://discord.com/api/v10/webhooks/1180000000000000001/[REDACTED]/messages/@original"',
    );
  });

  it('leaves ordinary text alone', () => {
    const text = 'Bot answered 3 questions about the Xoxo festival and Bearer bonds';
    expect(scrubSecrets(text)).toBe(text);
  });
});

/** A logger writing into an array, as the real one writes to standard error. */
function capture(secrets: string[] = []) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ secrets, destination }), written: () => lines.join('') };
}

describe('createLogger', () => {
  it('scrubs token shapes and configured secrets from message text', () => {
    const { logger, written } = capture(['configured-secret-value']);
    logger.error('call with xoxb-1234567890-abcdef and configured-secret-value failed');
    expect(written()).toContain('call with [REDACTED] and [REDACTED] failed');
  });

  it('redacts token fields, including those of the configuration, whatever their shape', () => {
    const { logger, written } = capture();
    logger.info({ token: 'plain-field-value', config: { DISCORD_TOKEN: 'in-config' } }, 'starting');
    expect(written()).not.toContain('plain-field-value');
    expect(written()).not.toContain('in-config');
  });
});
