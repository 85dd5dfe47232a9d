/** Reads and validates every setting, so a bad one stops start-up with its name and the reason. */
import { z } from 'zod';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src/corpus.ts';
import { DEFAULT_MAX_IN_FLIGHT, DEFAULT_RATE_LIMIT_PER_MINUTE } from './admission.ts';
import { DEFAULT_OPS_HOST, DEFAULT_OPS_PORT } from './ops.ts';
import { DEFAULT_SEND_TIMEOUT_MS } from './sends.ts';
import { DEFAULT_SLACK_MAX_BODY_BYTES } from './slack/http-guard.ts';

/** Blank values in .env (as copied from .env.example) mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

const url = (name: string) =>
  z.string().refine((v) => {
    try {
      return ['http:', 'https:', 'ws:', 'wss:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `${name} must be an http(s) URL`);

/**
 * A whole number in plain decimal digits, then checked by `range`. Number() alone also took `0x50`, `1e3`, `80.0`
 * and `+80`, so a mistyped setting started the bot with a value nobody wrote. A minus sign gets through here so
 * that `-1` is refused by the range's own message; digits past 2^53 are refused too, as Number() would round them.
 */
const integer = (name: string, range: z.ZodNumber) => {
  const message = `${name} must be a whole number in decimal digits`;
  return z.string().regex(/^-?[0-9]+$/, message).transform(Number).pipe(z.number({ error: message }).int(message)).pipe(range);
};

const port = (name: string) => integer(name, z.number().min(0, `${name} must be 0-65535`).max(65535, `${name} must be 0-65535`));

const count = (name: string, min = 0) => integer(name, z.number().min(min, min === 0 ? `${name} must be 0 or more` : `${name} must be at least ${min}`));

/**
 * Longest wait a setting may ask for: Node's timers hold at most 2^31-1 ms and cut anything longer
 * to 1 ms. Shutdown adds its 2 s disconnect allowance to SHUTDOWN_GRACE_MS, so this keeps room.
 */
export const MAX_WAIT_MS = 2_000_000_000;

const waitMs = (name: string, min: number) =>
  integer(name, z.number().min(min, `${name} must be ${min === 0 ? '0 or more' : `at least ${min}`}`).max(MAX_WAIT_MS, `${name} must be at most ${MAX_WAIT_MS} (about 23 days)`));

/** On/off settings: true/false, yes/no, on/off or 1/0, any case. */
const flag = (name: string) => z.stringbool({ truthy: ['1', 'true', 'yes', 'on'], falsy: ['0', 'false', 'no', 'off'], error: `${name} must be true or false` });

export const DEFAULT_PORT = 3000;
/** How long shutdown waits for questions in flight before disconnecting anyway. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
export const DEFAULT_CORPUS_DIR = 'corpus';

const schema = z
  .object({
    CORPUS_DIR: optional(z.string()).default(DEFAULT_CORPUS_DIR),
    LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' })).default('info'),
    NODE_ENV: optional(z.string()).default('development'),
    PORT: optional(port('PORT')).default(DEFAULT_PORT),
    RATE_LIMIT_PER_MINUTE: optional(count('RATE_LIMIT_PER_MINUTE')).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
    MAX_IN_FLIGHT: optional(count('MAX_IN_FLIGHT', 1)).default(DEFAULT_MAX_IN_FLIGHT),
    SHUTDOWN_GRACE_MS: optional(waitMs('SHUTDOWN_GRACE_MS', 0)).default(DEFAULT_SHUTDOWN_GRACE_MS),
    SEND_TIMEOUT_MS: optional(waitMs('SEND_TIMEOUT_MS', 100)).default(DEFAULT_SEND_TIMEOUT_MS),
    OPS_PORT: optional(z.union([z.literal('off'), port('OPS_PORT')], { message: 'OPS_PORT must be a port number (0-65535) or off' })).default(DEFAULT_OPS_PORT),
    OPS_HOST: optional(z.string()).default(DEFAULT_OPS_HOST),
    CORPUS_WATCH: optional(flag('CORPUS_WATCH')).default(true),
    INDEX_SNAPSHOT: optional(flag('INDEX_SNAPSHOT')).default(true),
    MAX_ARTICLE_BYTES: optional(count('MAX_ARTICLE_BYTES', 1024)).default(DEFAULT_MAX_ARTICLE_BYTES),
    SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'SLACK_BOT_TOKEN must start with xoxb-')),
    SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'SLACK_APP_TOKEN must start with xapp-')),
    SLACK_SIGNING_SECRET: optional(z.string().min(8, 'SLACK_SIGNING_SECRET looks too short')),
    SLACK_API_URL: optional(url('SLACK_API_URL')),
    SLACK_MAX_BODY_BYTES: optional(count('SLACK_MAX_BODY_BYTES', 1024)).default(DEFAULT_SLACK_MAX_BODY_BYTES),
    DISCORD_TOKEN: optional(z.string().min(20, 'DISCORD_TOKEN looks too short')),
    DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{17,20}$/, 'DISCORD_APPLICATION_ID must be a numeric snowflake id')),
    DISCORD_GUILD_ID: optional(z.string().regex(/^\d{17,20}$/, 'DISCORD_GUILD_ID must be a numeric snowflake id')),
    DISCORD_API_URL: optional(url('DISCORD_API_URL')),
  })
  .superRefine((c, ctx) => {
    if ((c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET) && !c.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set' });
    }
    if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) with SLACK_BOT_TOKEN' });
    }
  });

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws `ConfigError` naming every bad setting (never its value). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => (i.message.includes(String(i.path[0] ?? '')) ? i.message : `${String(i.path[0] ?? 'config')}: ${i.message}`)));
  }
  return result.data;
}

/** The configured secrets, for the logger to scrub. */
export function secretsOf(config: Config): string[] {
  return [config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET, config.DISCORD_TOKEN].filter((s): s is string => Boolean(s));
}
