/**
 * Start-up: how long each entry point takes to a ready bot on the seed corpus (the terminal chat,
 * no chat tokens, standard input piped), and its peak resident memory. Ready is the moment the bot
 * logs `no_chat_adapter`, just before it reads its first line; then it is sent `quit`. The corpus
 * snapshot is written by a first, unmeasured run, as it is on any machine after its first start.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { table } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** GNU time reports the peak RSS of the largest process in the tree (npm → tsx → node). */
const GNU_TIME = '/usr/bin/time';
/** Runs of each entry point; the median is reported, since one run on a shared machine means little. */
export const DEFAULT_STARTUP_RUNS = 5;

interface Run {
  readyMs: number;
  peakRssMb: number | undefined;
  /** User plus system CPU time of the whole run (start-up dominates it): steadier than wall time when other work shares the cores. */
  cpuS: number | undefined;
}

function startOnce(command: string[]): Promise<Run> {
  const withTime = existsSync(GNU_TIME);
  const [file, ...args] = withTime ? [GNU_TIME, '-f', 'peak-rss-kb=%M cpu-s=%U+%S', ...command] : command;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(file!, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', NODE_ENV: 'production' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let err = '';
    let readyMs: number | undefined;
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (readyMs === undefined && err.includes('"event":"no_chat_adapter"')) {
        readyMs = performance.now() - started;
        child.stdin.end('quit\n');
      }
    });
    // 'close', not 'exit': 'exit' can come before the last of the child's output has been read.
    child.on('close', (code) => {
      const rss = /peak-rss-kb=(\d+)/.exec(err);
      const cpu = /cpu-s=([\d.]+)\+([\d.]+)/.exec(err);
      if (code !== 0 || readyMs === undefined) reject(new Error(`${command.join(' ')}: exit ${code}, ready ${readyMs}\n${err}`));
      else resolvePromise({ readyMs, peakRssMb: rss ? Number(rss[1]) / 1024 : undefined, cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchStartup(): Promise<string> {
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? DEFAULT_STARTUP_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_STARTUP_RUNS must be a positive whole number, got ${process.env.BENCH_STARTUP_RUNS}`);
  console.error('startup: npm run build');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const entries: [string, string[]][] = [
    ['node dist/adapters/main.js', [process.execPath, 'dist/adapters/main.js']],
    ['npm start', ['npm', 'start', '--silent']],
  ];
  const rows: (string | number)[][] = [];
  for (const [name, command] of entries) {
    await startOnce(command); // writes the snapshot if there is none, and warms the disk cache
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await startOnce(command));
    const ready = results.map((r) => r.readyMs);
    const rss = results.map((r) => r.peakRssMb).filter((r): r is number => r !== undefined);
    const cpu = results.map((r) => r.cpuS).filter((r): r is number => r !== undefined);
    rows.push([
      name,
      `${(median(ready) / 1000).toFixed(2)} s`,
      `${(Math.min(...ready) / 1000).toFixed(2)}–${(Math.max(...ready) / 1000).toFixed(2)} s`,
      rss.length ? `${Math.round(median(rss))} MB` : 'n/a',
      cpu.length ? `${median(cpu).toFixed(2)} s` : 'n/a',
    ]);
  }
  return table(['entry point (terminal chat, seed corpus)', `time to ready, median of ${runs}`, 'range', 'peak RSS, median', 'CPU time (user + system), median'], rows);
}
