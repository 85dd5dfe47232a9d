/**
 * Process-level safety nets. A promise rejection nobody handled is logged and the process keeps
 * serving: every question is answered from immutable data, so one lost promise cannot leave
 * shared state half-changed. An uncaught exception may have, so it is logged and the process
 * shuts down gracefully (the orchestrator starts a fresh one) instead of dying mid-answer.
 */
import type { Logger } from 'pino';

export interface ProcessGuardOptions {
  logger: Logger;
  /** Called once on the first uncaught exception; should drain and exit non-zero. */
  onFatal(err: unknown): void;
}

export function installProcessGuards({ logger, onFatal }: ProcessGuardOptions): () => void {
  let fatal = false;
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason, event: 'unhandled_rejection' }, 'unhandled promise rejection; still serving');
  };
  const onException = (err: Error, origin: string) => {
    logger.fatal({ err, origin, event: 'uncaught_exception' }, 'uncaught exception; shutting down');
    if (fatal) return;
    fatal = true;
    onFatal(err);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
