/** Routes Bolt's own log lines through pino, so they are JSON and scrubbed like ours. */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const toText = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.stack ?? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');

export function boltLogger(parent: Logger): BoltLogger {
  let log = parent.child({ component: 'slack-bolt' });
  return {
    // Bolt logs several debug lines per request; build the text only when the level is on.
    debug: (...msg: unknown[]) => log.isLevelEnabled('debug') && log.debug(toText(msg)),
    info: (...msg: unknown[]) => log.isLevelEnabled('info') && log.info(toText(msg)),
    warn: (...msg: unknown[]) => log.isLevelEnabled('warn') && log.warn(toText(msg)),
    error: (...msg: unknown[]) => log.error(toText(msg)),
    setLevel: () => {
      // The level comes from LOG_LEVEL; Bolt may not raise it.
    },
    getLevel: () => (log.isLevelEnabled('debug') ? LogLevel.DEBUG : log.isLevelEnabled('info') ? LogLevel.INFO : log.isLevelEnabled('warn') ? LogLevel.WARN : LogLevel.ERROR),
    setName: (name: string) => {
      log = parent.child({ component: name });
    },
  };
}
