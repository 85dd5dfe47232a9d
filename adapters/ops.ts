/**
 * The ops server: /healthz for load balancers and orchestrators, /metrics for Prometheus.
 * It binds to loopback by default, since neither endpoint is meant for the public internet.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { errorMessage } from '../src/errorMessage.ts';

export const DEFAULT_OPS_HOST = '127.0.0.1';
export const DEFAULT_OPS_PORT = 9464;

export interface OpsServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default `DEFAULT_OPS_HOST`. */
  host?: string;
  registry: Registry;
  /** Reasons the process cannot serve questions now; empty when it can. */
  problems(): string[];
}

export interface OpsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startOpsServer({ port, host = DEFAULT_OPS_HOST, registry, problems }: OpsServerOptions): Promise<OpsServer> {
  const server = createServer((req, res) => {
    // A target no URL can be made of (`GET //`) would throw here, an uncaught exception that shuts the bot down: it is a 404.
    const path = URL.canParse(req.url ?? '/', 'http://ops') ? new URL(req.url ?? '/', 'http://ops').pathname : '';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      const reasons = problems();
      res.writeHead(reasons.length === 0 ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reasons.length === 0 ? { status: 'ok' } : { status: 'unavailable', reasons }));
    } else if (path === '/metrics') {
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${errorMessage(err)}`),
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => reject(new Error(`ops server: cannot listen on ${host}:${port}: ${err.message}`)));
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
