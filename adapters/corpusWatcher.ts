/**
 * Watches the corpus directory and asks for a reload when an article changes. A plain `fs.watch`
 * dies with its directory: removing the directory and creating it again would stop hot reload
 * until a restart. This watch re-arms itself: the directory's identity (device and inode) is
 * checked after every burst of events and every `checkMs`, and when the directory is gone the
 * watch waits for it to come back, then watches the new one and reloads.
 *
 * Kubernetes ConfigMap volumes swap a `..data` symbolic link to a new timestamped directory; the
 * article files are links through it, so the only events in the watched directory name `..data`,
 * `..data_tmp` and the timestamped directories. Those count as corpus changes too.
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isArticleFile } from '../src/corpus.ts';
import { SNAPSHOT_FILE } from '../src/snapshot.ts';
import { errorMessage } from '../src/errorMessage.ts';

/** Quiet time after the last file event before a reload starts: an editor's save is several events. */
export const DEFAULT_RELOAD_DEBOUNCE_MS = 300;
/** How often the directory itself is checked, to notice it disappearing or being replaced without an event. */
export const DEFAULT_DIR_CHECK_MS = 2_000;

export interface CorpusWatcherOptions {
  /** Default `DEFAULT_RELOAD_DEBOUNCE_MS`. */
  debounceMs?: number;
  /** Default `DEFAULT_DIR_CHECK_MS`. */
  checkMs?: number;
  /** Told when the directory disappears, comes back, or the watch fails, for logs. */
  onEvent?: (event: CorpusWatchEvent) => void;
}

export type CorpusWatchEvent =
  /** The directory is gone (or is no longer a directory); the index in service stays until it is back. */
  | { kind: 'dir-gone'; dir: string }
  /** The directory exists again (or was replaced by a new one); it is watched afresh and reloaded. */
  | { kind: 'dir-back'; dir: string }
  | { kind: 'watch-failed'; dir: string; reason: string };

/** Whether an event's file name can change the corpus: an article, or a ConfigMap `..data` link or directory. */
export function isCorpusChange(name: string | null): boolean {
  if (name === null) return true;
  if (name.startsWith(SNAPSHOT_FILE)) return false;
  return isArticleFile(name) || name.startsWith('..');
}

export class CorpusWatcher {
  private watcher: FSWatcher | undefined;
  /** `dev:ino` of the directory being watched; undefined while it is gone. */
  private identity: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly interval: NodeJS.Timeout;
  private checking: Promise<void> | undefined;
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly reload: () => Promise<void>,
    private readonly options: CorpusWatcherOptions,
  ) {
    this.interval = setInterval(() => void this.check(), options.checkMs ?? DEFAULT_DIR_CHECK_MS);
    this.interval.unref();
  }

  /**
   * Starts watching `dir`, calling `reload` after each burst of changes. Resolves once the watch is
   * armed (or, if `dir` does not exist yet, once it is known to be missing: it is picked up when it appears).
   */
  static async start(dir: string, reload: () => Promise<void>, options: CorpusWatcherOptions = {}): Promise<CorpusWatcher> {
    const watcher = new CorpusWatcher(dir, reload, options);
    await watcher.check(true);
    return watcher;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.interval);
    this.disarm();
  }

  private schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void (async () => {
        await this.check();
        if (this.identity !== undefined && !this.closed) await this.reload();
      })();
    }, this.options.debounceMs ?? DEFAULT_RELOAD_DEBOUNCE_MS);
  }

  /** Checks the directory is still the one watched; re-arms (and reloads) when it came back or was replaced. */
  private check(first = false): Promise<void> {
    this.checking ??= this.checkOnce(first).finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkOnce(first: boolean): Promise<void> {
    if (this.closed) return;
    let identity: string | undefined;
    try {
      const s = await stat(this.dir);
      if (s.isDirectory()) identity = `${s.dev}:${s.ino}`;
    } catch {
      identity = undefined;
    }
    if (this.closed) return;
    if (identity === undefined) {
      if (this.identity !== undefined || first) this.options.onEvent?.({ kind: 'dir-gone', dir: this.dir });
      this.identity = undefined;
      this.disarm();
      return;
    }
    if (identity === this.identity && this.watcher) return;
    const previous = this.identity;
    this.identity = identity;
    this.arm();
    if (first) return;
    // Back after being gone, or replaced by a new directory: watched afresh, and its contents reloaded.
    // Same directory, watch re-armed after an error: events may have been missed, so reload too.
    if (previous !== identity) this.options.onEvent?.({ kind: 'dir-back', dir: this.dir });
    this.schedule();
  }

  private arm(): void {
    this.disarm();
    try {
      const watcher = watch(this.dir, (_event, name) => {
        if (isCorpusChange(name)) this.schedule();
      });
      watcher.on('error', (err) => {
        this.options.onEvent?.({ kind: 'watch-failed', dir: this.dir, reason: errorMessage(err) });
        // Re-armed by the next check, or reported gone if the directory went with it.
        if (this.watcher === watcher) this.disarm();
        void this.check();
      });
      this.watcher = watcher;
    } catch (err) {
      this.options.onEvent?.({ kind: 'watch-failed', dir: this.dir, reason: errorMessage(err) });
      this.identity = undefined;
    }
  }

  private disarm(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }
}
