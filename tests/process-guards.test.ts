import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** Runs a script with the process guards installed; resolves with its exit code and output. */
async function run(script: string): Promise<{ code: number | null; output: string }> {
  const source = `
    import pino from 'pino';
    import { installProcessGuards } from './adapters/process-guards.ts';
    const logger = pino({ level: 'info' });
    installProcessGuards({ logger, onFatal: () => { console.log('draining'); process.exit(3); } });
    ${script}
  `;
  const child = spawn(TSX, ['--eval', source], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  // 'close', not 'exit': 'exit' can come before the last of the child's output has been read.
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, output };
}

describe('process guards', () => {
  it('log an unhandled rejection and keep the process serving', async () => {
    const { code, output } = await run(`void Promise.reject(new Error('lost promise')); setTimeout(() => { console.log('still serving'); process.exit(0); }, 100);`);
    expect(output).toContain('unhandled_rejection');
    expect(output).toContain('still serving');
    expect(code).toBe(0);
  }, 20_000);

  it('log an uncaught exception and hand over to a graceful shutdown', async () => {
    const { code, output } = await run(`setTimeout(() => { throw new Error('thrown from a timer'); }, 10); setTimeout(() => {}, 5000);`);
    expect(output).toContain('uncaught_exception');
    expect(output).toContain('draining');
    expect(code).toBe(3);
  }, 20_000);
});
