/** pino for every adapter: JSON in production, pretty in development, and secrets never written. */
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/** Object keys whose values are replaced before a line is written. */
export const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  'password',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.DISCORD_TOKEN',
];

/** Token shapes that are scrubbed from any text, wherever a library puts them. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bxox[abprse]-[A-Za-z0-9-]{6,}/g, // Slack bot, user and app tokens
  /\bxapp-[A-Za-z0-9-]{6,}/g,
  /\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g, // Discord bot tokens
  /\b(?:Bearer|Bot)\s+[A-Za-z0-9._-]{12,}/g, // authorization header values
  // Discord interaction and webhook tokens in a REST URL (a failed reply's error carries its url):
  // whoever holds one can post and edit as the bot in that channel.
  /(?<=\/(?:interactions|webhooks)\/\d{5,25}\/)[^/?#\s"]{12,}/g,
];

export function scrubSecrets(text: string, extra: readonly string[] = []): string {
  let out = text;
  for (const secret of extra) if (secret.length >= 6) out = out.split(secret).join('[REDACTED]');
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, '[REDACTED]');
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Pretty output for a developer's terminal; JSON otherwise. */
  pretty?: boolean;
  /** Configured secrets, scrubbed from every line even where they have no known shape. */
  secrets?: readonly string[];
  /** Where lines go; standard error by default, so `npm run ask` keeps standard output clean. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const destination: pino.DestinationStream =
    options.destination ?? (options.pretty ? pretty({ destination: 2, colorize: true, sync: true }) : pino.destination({ dest: 2, sync: true }));
  // Every line passes through the scrubber, so a secret inside a library's message text is caught too.
  const scrubbing: pino.DestinationStream = { write: (line: string) => destination.write(scrubSecrets(line, secrets)) };
  return pino({ level: options.level ?? 'info', redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' } }, scrubbing);
}
