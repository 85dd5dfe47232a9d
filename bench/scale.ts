/**
 * Scale: how build time, snapshot, memory and answer latency grow with the corpus, on a synthetic
 * Zipf archive, with bare MiniSearch on the same passages and questions as the yardstick.
 * Sizes come from BENCH_SCALE_SIZES (default 10000,100000, about a quarter of an hour; the million
 * takes about an hour more and 3.4 GB, so it runs only when named: BENCH_SCALE_SIZES=10000,100000,1000000).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ms, table } from './stats.ts';
import { syntheticCorpus } from './synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, 'bench/.data');
export const DEFAULT_SCALE_SIZES = [10_000, 100_000];
/** Heap for the child processes: the 1M-passage bare MiniSearch baseline alone needs ~4 GB. */
const HEAP_MB = 16_384;

function child(mode: 'build' | 'serve', dir: string): Promise<Record<string, number>> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', resolve(ROOT, 'bench/scale-child.ts'), mode, dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // 'close', not 'exit': 'exit' can come before the last of the child's output has been read.
    proc.on('close', (code, signal) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0) resolvePromise(JSON.parse(line) as Record<string, number>);
      else reject(new Error(`scale ${mode} ${dir}: exit ${code ?? signal}\n${out}`));
    });
  });
}

const mb = (n: number) => `${Math.round(n)} MB`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;

export async function benchScale(): Promise<string> {
  const sizes = (process.env.BENCH_SCALE_SIZES?.split(',').map(Number) ?? DEFAULT_SCALE_SIZES).filter((n) => n > 0);
  const rows: (string | number)[][] = [];
  for (const size of sizes) {
    console.error(`scale: ${size} passages (corpus in bench/.data, generated once)`);
    const dir = await syntheticCorpus(DATA, size);
    try {
      const built = await child('build', dir);
      const served = await child('serve', dir);
      rows.push([
        size.toLocaleString('en-US'),
        s(built.buildMs!),
        `${mb(built.bytes! / 2 ** 20)}, ${s(built.writeMs!)}`,
        s(served.startMs!),
        `${mb(served.rssLoadedMb!)} (${mb(served.rssAfterQuestionsMb!)})`,
        ms(served.p50!),
        ms(served.p99!),
        `${ms(served.bareP50!)} / ${ms(served.bareP99!)}${served.bareQuestions === 1000 ? '' : ` (${served.bareQuestions} q)`}`,
        `${(served.bareP99! / served.p99!).toFixed(1)}×`,
        `${served.answered}/1000`,
      ]);
      console.error(`scale: ${size} done: ${JSON.stringify({ ...built, ...served })}`);
    } catch (err) {
      rows.push([size.toLocaleString('en-US'), `failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, '', '', '', '', '', '', '', '']);
    }
  }
  return [
    'Synthetic Zipf archive (60–120-word passages, 2–12-word questions); one process per step.',
    table(['passages', 'build', 'snapshot size, write', 'start from snapshot', 'RSS loaded (after 1,000 q)', 'answer p50', 'answer p99', 'bare MiniSearch p50 / p99', 'p99 ratio', 'answered'], rows),
  ].join('\n');
}
