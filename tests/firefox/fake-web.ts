/**
 * Fake web sites for Firefox, served to every tab by a local proxy on 127.0.0.1.
 * Puppeteer's request interception is per page and misses the tabs the extension
 * opens, so the browser is pointed at this proxy instead. https is terminated
 * here with a throwaway self-signed certificate made at start (Firefox is
 * launched to accept it); nothing reaches the internet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { page } from '../e2e/sites';

function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'quick-exit-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=quick-exit-test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FakeWeb {
  port: number;
  /** Every URL requested through the proxy, in order. */
  requested: string[];
  close(): Promise<void>;
}

/** A small page titled after its URL, for any http(s) address. */
function respond(url: string, res: http.ServerResponse): void {
  if (url.endsWith('/favicon.ico')) {
    res.writeHead(404).end();
    return;
  }
  const { host, pathname } = new URL(url);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Page at ${host}${pathname}`));
}

export async function startFakeWeb(): Promise<FakeWeb> {
  const requested: string[] = [];
  const sockets = new Set<Socket>();
  const tlsServer = https.createServer(throwawayCertificate(), (req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    requested.push(url);
    respond(url, res);
  });
  const proxy = http.createServer((req, res) => {
    // A plain-http request through a proxy carries the whole address.
    const url = req.url!.startsWith('http') ? req.url! : `http://${req.headers.host}${req.url}`;
    requested.push(url);
    respond(url, res);
  });
  // A CONNECT keeps the socket the proxy already tracks ('connection' below); TLS is spoken on it here.
  proxy.on('connect', (_req, socket: Socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tlsServer.emit('connection', socket);
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    requested,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
