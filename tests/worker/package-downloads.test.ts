// The browser worker's fetch for package files, against a fake network: progress in bytes, the
// lock file's SHA-256 checked, and a refusing host named in plain words.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PROBLEM_HEADER, refusedMessage } from "../../src/offline/package-host";
import { watchPackageDownloads } from "../../src/worker/package-downloads";

const ORIGIN = "http://app.test";
const WHEEL = "https://cdn.test/full/numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl";
const body = new Uint8Array(300_000).map((_, i) => i % 251);
const sri = `sha256-${createHash("sha256").update(body).digest("base64")}`;

type Handler = (url: string, init: RequestInit | undefined) => Promise<Response>;

function scope(handler: Handler) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const s = {
    location: { origin: ORIGIN },
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push({ url, init });
      return handler(url, init);
    }) as typeof fetch,
  };
  return { s, calls, downloads: watchPackageDownloads(s) };
}

/** A response whose body arrives in chunks of 64 kB. */
function chunked(bytes: Uint8Array, headers: Record<string, string> = {}): Response {
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + 65_536));
      at += 65_536;
    },
  });
  return new Response(stream, { headers: { "Content-Length": String(bytes.length), ...headers } });
}

describe("package downloads in the worker", () => {
  it("reports bytes as they arrive and hands Pyodide the whole, checked wheel", async () => {
    const { s, calls, downloads } = scope(async () => chunked(body));
    const seen: [number, number][] = [];
    const stop = downloads.watch((bytes, total) => seen.push([bytes, total]));
    const response = await s.fetch(WHEEL, { integrity: sri });
    stop();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(body);
    // the network request carries no integrity (the wrapper checks it, so progress is not held back)
    expect(calls[0]?.init).toEqual({});
    expect(seen[0]).toEqual([0, body.length]);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toEqual([body.length, body.length]);
    expect(downloads.problem()).toBeNull();
  });

  it("refuses a wheel that does not match the lock file's SHA-256, naming it", async () => {
    const { s, downloads } = scope(async () => chunked(body.map((b) => b ^ 1)));
    downloads.watch(() => {});
    await expect(s.fetch(WHEEL, { integrity: sri })).rejects.toThrow(
      /numpy-2\.4\.6-.*\.whl from https:\/\/cdn\.test\/.* does not match its SHA-256/,
    );
    expect(downloads.problem()).toMatch(/does not match/);
  });

  it("names a host that refused cross-origin loading (answers without CORS, fails with it)", async () => {
    const { s, downloads } = scope(async (_url, init) => {
      if (init?.mode === "no-cors") return new Response(null, { status: 200 });
      throw new TypeError("Failed to fetch");
    });
    downloads.watch(() => {});
    await expect(s.fetch(WHEEL, { integrity: sri })).rejects.toThrow(refusedMessage(WHEEL));
    expect(downloads.problem()).toBe(refusedMessage(WHEEL));
  });

  it("passes on the service worker's explanation", async () => {
    const { s, downloads } = scope(async () => new Response("", { status: 502, headers: { [PROBLEM_HEADER]: "why" } }));
    downloads.watch(() => {});
    await expect(s.fetch(WHEEL)).rejects.toThrow("why");
    expect(downloads.problem()).toBe("why");
  });

  it("leaves a plain network failure to the generic message", async () => {
    const { s, downloads } = scope(async () => {
      throw new TypeError("Failed to fetch");
    });
    downloads.watch(() => {});
    await expect(s.fetch(WHEEL)).rejects.toThrow("Failed to fetch");
    expect(downloads.problem()).toBeNull();
  });

  it("falls back to the app's own lock file when the package host's cannot be loaded, and remembers why", async () => {
    const lock = "https://cdn.test/full/pyodide-lock.json";
    const own = `${ORIGIN}/pyodide/pyodide-lock.json`;
    const { downloads } = scope(async (url, init) => {
      if (url === own) return new Response('{"packages":{}}');
      if (init?.mode === "no-cors") return new Response(null);
      throw new TypeError("Failed to fetch");
    });
    expect(await downloads.lockFile(lock, own)).toBe('{"packages":{}}');
    downloads.watch(() => {});
    // kept across runs: every package load reports it
    expect(downloads.problem()).toBe(refusedMessage(lock));
  });

  it("leaves other requests alone", async () => {
    const { s, calls } = scope(async () => new Response("x"));
    await s.fetch(`${ORIGIN}/challenges.json`, { cache: "no-cache" });
    expect(calls).toEqual([{ url: `${ORIGIN}/challenges.json`, init: { cache: "no-cache" } }]);
  });
});
