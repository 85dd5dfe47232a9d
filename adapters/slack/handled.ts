/**
 * A debug line when TradeTalk has finished with a Slack request, whatever became of it: answered,
 * skipped as a redelivery, left alone, or dropped as the bot's own message. It answers "did the bot
 * see my event at all, and how long did it take?", and tests wait for it instead of sleeping.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';

/** The `event` field of the line. */
export const HANDLED_EVENT = 'slack_handled';

interface Body {
  event_id?: unknown;
  type?: unknown;
  event?: { type?: unknown };
}

/** Global middleware; register it first so it wraps every other middleware and listener. */
export function logHandled(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      if (logger.isLevelEnabled('debug')) {
        const { event_id: eventId, type, event } = body as Body;
        logger.debug(
          { event: HANDLED_EVENT, ...(typeof eventId === 'string' ? { eventId } : {}), type: event?.type ?? type, ms: Math.round(performance.now() - started) },
          'finished with a Slack request',
        );
      }
    }
  };
}
