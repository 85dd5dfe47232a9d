/**
 * Checks every request to the Slack HTTP endpoint before Bolt sees it: the body is read up to a
 * cap (413 beyond it, before buffering more), the signature and a timestamp within five minutes
 * either way are verified, the body must parse to an object (Bolt crashes the process on a
 * signed `null`), and a replayed request (the same signature and timestamp) is acknowledged
 * without being handled again. What passes is handed to Bolt's own listener with its body
 * already read, which Bolt accepts as a buffered request.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** Slack's own payloads are a few kilobytes; a block_actions payload with a full message stays well under this. */
export const DEFAULT_SLACK_MAX_BODY_BYTES = 256 * 1024;
/** Slack's rule: a timestamp more than five minutes from now, either way, is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Signatures remembered to spot replays; a replay older than the skew window is refused anyway. */
const REMEMBERED_SIGNATURES = 100_000;

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  /** Default `DEFAULT_SLACK_MAX_BODY_BYTES`. */
  maxBodyBytes?: number;
  now?: () => number;
}

type Outcome = { status: number; reason: string } | undefined;

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

function parses(body: string, contentType: string): boolean {
  try {
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      const payload = new URLSearchParams(body).get('payload');
      return payload === null || isObject(JSON.parse(payload));
    }
    return isObject(JSON.parse(body));
  } catch {
    return false;
  }
}

export function guardSlackRequests(next: RequestListener, options: GuardOptions): RequestListener {
  const max = options.maxBodyBytes ?? DEFAULT_SLACK_MAX_BODY_BYTES;
  const now = options.now ?? Date.now;
  const seen = new Set<string>();

  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, reason: string) => {
    options.logger.warn({ event: 'slack_request_refused', status, reason, path: req.url }, 'Slack request refused');
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'text/plain', ...(status === 413 ? { connection: 'close' } : {}) });
    // Nothing more of an over-size body is read: the connection is closed once the answer is out.
    res.end(reason, () => status === 413 && req.destroy());
  };

  const check = (req: IncomingMessage, raw: Buffer): Outcome => {
    const body = raw.toString('utf8');
    const contentType = header(req, 'content-type') ?? '';
    // Slack's SSL check is unsigned by design; Bolt answers it and strips anything else from it.
    if (contentType.startsWith('application/x-www-form-urlencoded') && new URLSearchParams(body).get('ssl_check') === '1') return undefined;
    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    const signature = header(req, 'x-slack-signature') ?? '';
    if (!Number.isInteger(timestamp)) return { status: 401, reason: 'missing or malformed timestamp' };
    if (Math.abs(now() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) return { status: 401, reason: 'timestamp more than five minutes from now' };
    const expected = Buffer.from(`v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`);
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, reason: 'signature mismatch' };
    if (!parses(body, contentType)) return { status: 400, reason: 'body is not a JSON object' };
    return undefined;
  };

  return (req, res) => {
    if (req.method !== 'POST') return void next(req, res);
    const declared = Number(header(req, 'content-length'));
    if (Number.isFinite(declared) && declared > max) return refuse(req, res, 413, `body over ${max} bytes`);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > max) {
        over = true;
        chunks.length = 0;
        req.pause();
        return refuse(req, res, 413, `body over ${max} bytes`);
      }
      chunks.push(chunk);
    });
    req.on('error', (err) => options.logger.warn({ err, event: 'slack_request_error' }, 'Slack request failed while reading'));
    req.on('end', () => {
      if (over) return;
      const raw = Buffer.concat(chunks);
      const problem = check(req, raw);
      if (problem) return refuse(req, res, problem.status, problem.reason);
      const signature = header(req, 'x-slack-signature');
      if (signature) {
        if (seen.has(signature)) {
          options.logger.info({ event: 'slack_replay_skipped', path: req.url }, 'skipped a replayed request');
          return void res.writeHead(200).end();
        }
        seen.add(signature);
        if (seen.size > REMEMBERED_SIGNATURES) seen.delete(seen.values().next().value!);
      }
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
      next(req, res);
    });
  };
}
