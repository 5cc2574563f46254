/**
 * A plain static server for the offline and vendoring tests, with no COOP/COEP headers. It can
 * switch to another folder (a new deploy), serve it under a sub-path (`/drills/`), send extra
 * headers (a CDN's CORS headers), answer chosen paths with an error status or a cut-off body,
 * hold a path's response until released (to watch a download in progress), and log requests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".zip": "application/zip",
  ".whl": "application/zip",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

export interface TestServer {
  /** "http://HOST:PORT/" plus the sub-path, if any */
  url: string;
  /** Send these headers with every file from now on (replacing the previous ones). */
  setHeaders(headers: Record<string, string>): void;
  /** Every request's pathname since the last call, in order (the log is then cleared); HEAD ones as "HEAD /path". */
  takeRequests(): string[];
  /** Serve this folder from now on. */
  setRoot(root: string): void;
  /** Answer this pathname (e.g. "/test-packages/x.whl") with `status` until cleared with `null`. */
  fail(pathname: string, status: number | null): void;
  /** Send half of this pathname's file, announcing all of it, then drop the connection (until `false`). */
  truncate(pathname: string, on?: boolean): void;
  /** Hold responses to this pathname until the returned function is called. */
  hold(pathname: string): () => void;
  /** Resolves at the next request for this pathname (call it before causing the request). */
  requested(pathname: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Listen on this host name ("127.0.0.1" by default; "localhost" makes another origin on the same port range). */
  host?: string;
  /** Serve the folder under this path instead of "/" (e.g. "/drills/"). */
  base?: string;
  headers?: Record<string, string>;
}

export async function startTestServer(root: string, port = 0, options: TestServerOptions = {}): Promise<TestServer> {
  let current = path.resolve(root);
  let extraHeaders = options.headers ?? {};
  const base = options.base ?? "/";
  const log: string[] = [];
  const failing = new Map<string, number>();
  const truncated = new Set<string>();
  const held = new Map<string, Promise<void>>();
  const waiters = new Map<string, (() => void)[]>();
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    // a HEAD is a probe, not a download: logged as "HEAD /path"
    log.push(req.method === "HEAD" ? `HEAD ${pathname}` : pathname);
    for (const w of waiters.get(pathname) ?? []) w();
    waiters.delete(pathname);
    void (held.get(pathname) ?? Promise.resolve()).then(() => {
      const status = failing.get(pathname);
      if (status !== undefined) {
        res.writeHead(status).end();
        return;
      }
      if (!pathname.startsWith(base)) {
        res.writeHead(404).end();
        return;
      }
      let file = path.join(current, pathname.slice(base.length));
      if (!file.startsWith(current)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      if (truncated.has(pathname)) {
        const data = readFileSync(file);
        res.writeHead(200, { ...extraHeaders, "Content-Type": type, "Content-Length": String(data.length) });
        res.write(data.subarray(0, data.length >> 1), () => req.socket.destroy());
        return;
      }
      res.writeHead(200, { ...extraHeaders, "Content-Type": type, "Content-Length": String(statSync(file).size) });
      createReadStream(file).pipe(res);
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(port, host === "localhost" ? "127.0.0.1" : host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}${base}`;
  return {
    url,
    setHeaders(headers) {
      extraHeaders = headers;
    },
    takeRequests() {
      return log.splice(0);
    },
    setRoot(root) {
      current = path.resolve(root);
    },
    fail(pathname, status) {
      if (status === null) failing.delete(pathname);
      else failing.set(pathname, status);
    },
    truncate(pathname, on = true) {
      if (on) truncated.add(pathname);
      else truncated.delete(pathname);
    },
    hold(pathname) {
      let release = () => {};
      held.set(
        pathname,
        new Promise<void>((r) => {
          release = r;
        }),
      );
      return () => {
        held.delete(pathname);
        release();
      };
    },
    requested(pathname) {
      return new Promise((resolve) => waiters.set(pathname, [...(waiters.get(pathname) ?? []), resolve]));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
