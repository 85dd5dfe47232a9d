/**
 * The Slack HTTP endpoint's server, and how it closes. Node's `server.close()` waits for every
 * request still open and gives up on one only after its 300 s `requestTimeout`, so a client that
 * sent headers and never its body held shutdown until the hard deadline. Closing here stops
 * listening, closes idle keep-alive connections at once (and each one as soon as its response is
 * out), and once the grace period has passed closes whatever connections are left.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Port when none is given, Bolt's own default. */
export const DEFAULT_SLACK_HTTP_PORT = 3000;

export interface SlackHttpServer {
  server: Server;
  port: number;
  /**
   * Stops listening; requests under way get `graceMs` to finish, then their connections are
   * closed. Resolves once no connection is left: true when they all ended by themselves, false
   * when some were still open after the grace period and were closed.
   */
  close(graceMs: number): Promise<boolean>;
}

export async function listenForSlack(listener: RequestListener, port = DEFAULT_SLACK_HTTP_PORT, host?: string): Promise<SlackHttpServer> {
  let closing = false;
  const server = createServer((req, res) => {
    // Once closing, a keep-alive connection is closed as soon as its response is out, rather than
    // idling until its keep-alive timeout.
    res.once('finish', () => closing && setImmediate(() => server.closeIdleConnections()));
    listener(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  let closed: Promise<boolean> | undefined;
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close(graceMs) {
      closed ??= new Promise<boolean>((resolve) => {
        closing = true;
        let cut = false;
        const timer = setTimeout(() => {
          cut = true;
          server.closeAllConnections();
        }, graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve(!cut);
        });
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}
