/** A progress bar for index builds, shown only when a build runs past a second and stderr is a terminal. */
import cliProgress from 'cli-progress';

/** Builds quicker than this finish without a bar. */
export const PROGRESS_BAR_DELAY_MS = 1000;

export interface BuildProgressBar {
  onProgress(done: number, total: number): void;
  /** Removes the bar, if one was drawn. */
  stop(): void;
}

export function buildProgressBar(label = 'Indexing articles', stream: NodeJS.WriteStream = process.stderr): BuildProgressBar {
  let bar: cliProgress.SingleBar | undefined;
  let started: number | undefined;
  return {
    onProgress(done, total) {
      started ??= performance.now();
      if (!bar) {
        if (!stream.isTTY || performance.now() - started < PROGRESS_BAR_DELAY_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          { stream, format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar.update(done);
      if (done >= total) this.stop();
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
