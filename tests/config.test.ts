import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../adapters/config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SETTINGS = Object.keys(readConfig({}));
const INTEGER_SETTINGS = ['PORT', 'OPS_PORT', 'RATE_LIMIT_PER_MINUTE', 'MAX_IN_FLIGHT', 'SHUTDOWN_GRACE_MS', 'SEND_TIMEOUT_MS', 'MAX_ARTICLE_BYTES', 'SLACK_MAX_BODY_BYTES'] as const;

describe('configuration', () => {
  it('documents every setting in .env.example and in the README table', async () => {
    const example = await readFile(resolve(ROOT, '.env.example'), 'utf8');
    const readme = await readFile(resolve(ROOT, 'README.md'), 'utf8');
    for (const name of SETTINGS) {
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
      expect(readme, name).toContain(`| \`${name}\` |`);
    }
  });

  it('reads blank values as unset, so a copied .env.example starts the terminal chat with defaults', () => {
    const blank = Object.fromEntries(SETTINGS.map((name) => [name, '']));
    expect(readConfig(blank)).toEqual(readConfig({}));
  });

  it('names every bad setting with its reason and never echoes the value', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxp-user-token-secret', SLACK_APP_TOKEN: 'xapp-1', OPS_PORT: 'ninety', MAX_IN_FLIGHT: '0', CORPUS_WATCH: 'maybe' };
    let error: unknown;
    try {
      readConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'MAX_IN_FLIGHT must be at least 1',
      'OPS_PORT must be a port number (0-65535) or off',
      'CORPUS_WATCH must be true or false',
      'SLACK_BOT_TOKEN must start with xoxb-',
    ]);
    expect((error as Error).message).not.toContain('xoxp-user-token-secret');
  });

  it('reads on/off settings as true/false, yes/no, on/off or 1/0 in any case', () => {
    expect(readConfig({ CORPUS_WATCH: 'OFF', INDEX_SNAPSHOT: 'Yes' })).toMatchObject({ CORPUS_WATCH: false, INDEX_SNAPSHOT: true });
    expect(readConfig({ CORPUS_WATCH: '0', INDEX_SNAPSHOT: 'true' })).toMatchObject({ CORPUS_WATCH: false, INDEX_SNAPSHOT: true });
  });

  it('reads MAX_ARTICLE_BYTES as a byte count, 4 MiB by default, and refuses one under 1024', () => {
    expect(readConfig({}).MAX_ARTICLE_BYTES).toBe(4 * 1024 * 1024);
    expect(readConfig({ MAX_ARTICLE_BYTES: '1048576' }).MAX_ARTICLE_BYTES).toBe(1048576);
    expect(() => readConfig({ MAX_ARTICLE_BYTES: '10' })).toThrow(/MAX_ARTICLE_BYTES must be at least 1024/);
  });

  it('accepts off for the ops server and numbers for the limits', () => {
    expect(readConfig({ OPS_PORT: 'off', RATE_LIMIT_PER_MINUTE: '0', MAX_IN_FLIGHT: '8' })).toMatchObject({ OPS_PORT: 'off', RATE_LIMIT_PER_MINUTE: 0, MAX_IN_FLIGHT: 8 });
  });

  it('refuses a number setting that is not plain decimal digits, naming the setting', () => {
    // Number() read PORT=0x50 as 80, PORT=1e3 as 1000 and PORT=80.0 as 80: a typo started the bot with a value nobody wrote.
    expect(() => readConfig({ PORT: '0x50' })).toThrow(new ConfigError(['PORT must be a whole number in decimal digits']));
    for (const name of INTEGER_SETTINGS) {
      for (const value of ['0x50', '1e3', '2000.0', '+2000', '0b11', '99999999999999999999']) {
        expect(() => readConfig({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(`${name} must be (a whole number in decimal digits|a port number)`));
      }
    }
  });

  it('reads a number setting with spaces around it, as every setting is trimmed', () => {
    for (const name of INTEGER_SETTINGS) expect(readConfig({ [name]: ' 2000 ' })[name], name).toBe(2000);
  });

  it('refuses a time limit longer than Node\'s timers can wait, which they would cut to 1 ms', () => {
    // A "practically forever" SHUTDOWN_GRACE_MS made shutdown kill the process 1 ms after SIGTERM; such a SEND_TIMEOUT_MS failed every send at once.
    for (const name of ['SHUTDOWN_GRACE_MS', 'SEND_TIMEOUT_MS']) {
      expect(() => readConfig({ [name]: '3000000000' }), name).toThrow(new RegExp(`${name} must be at most 2000000000`));
      expect(readConfig({ [name]: '2000000000' })[name as 'SHUTDOWN_GRACE_MS' | 'SEND_TIMEOUT_MS']).toBe(2_000_000_000);
    }
  });
});
