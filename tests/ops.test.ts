import { request } from 'node:http';
import { connect } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpsServer, type OpsServer } from '../adapters/ops.ts';

/** Sends `target` as the request line's target, as a scanner or a misconfigured probe might, and resolves with the status line. */
function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: ops\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString()));
    socket.on('end', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.setTimeout(2000, () => socket.destroy(new Error(`no answer to GET ${target}`)));
  });
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('ops server', () => {
  let ops: OpsServer;
  beforeAll(async () => {
    ops = await startOpsServer({ port: 0, registry: new Registry(), problems: () => [] });
  });
  afterAll(async () => {
    await ops?.close();
  });

  it('answers a request whose target is no URL path with 404, and keeps serving', async () => {
    // `new URL('//', base)` throws: before, that was an uncaught exception in the request handler,
    // which shuts the whole bot down (exit 1) for one stray request to the ops port.
    for (const target of ['//', '//@', '//:x']) expect(await rawGet(ops.port, target)).toMatch(/^HTTP\/1\.1 404 /);
    expect(await get(ops.port, '/healthz')).toEqual({ status: 200, body: '{"status":"ok"}' });
  });
});
