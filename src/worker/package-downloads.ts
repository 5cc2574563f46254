/**
 * Pyodide downloads wheels and its lock file with the worker's `fetch`. This wraps that fetch for
 * package files: bytes are counted as they arrive (the progress line shows the size), the lock
 * file's SHA-256 is checked here rather than by `fetch`'s `integrity` (which holds the response
 * back until the whole body is in), and a host that refuses cross-origin loading is named in
 * plain words instead of "Failed to fetch".
 */
import { explainFailedFetch, fileName, isPackageFile, PROBLEM_HEADER, packageCacheKey } from "../offline/package-host";
import type { PackageDownloads } from "../runner/python-session";

type Fetch = typeof fetch;
type Listener = (bytes: number, total: number) => void;

export interface WorkerDownloads extends PackageDownloads {
  /** The lock file's text; if `url` cannot be loaded, the app's own copy at `fallback`, remembering why. */
  lockFile(url: string, fallback: string): Promise<string>;
}

export function watchPackageDownloads(scope: { fetch: Fetch; location: { origin: string } }): WorkerDownloads {
  const original: Fetch = scope.fetch.bind(scope);
  const listeners = new Set<Listener>();
  let bytes = 0;
  let total = 0;
  let lastProblem: string | null = null;
  let lockProblem: string | null = null;
  const report = () => {
    for (const l of listeners) l(bytes, total);
  };
  const fail = (problem: string): never => {
    lastProblem = problem;
    throw new Error(problem);
  };

  const download = async (url: string, init: RequestInit | undefined): Promise<Response> => {
    const { integrity, ...rest } = init ?? {};
    let response: Response;
    try {
      response = await original(url, rest);
    } catch (e) {
      const why = await explainFailedFetch(url, scope.location.origin, original);
      if (why) fail(why);
      throw e;
    }
    const problem = response.headers.get(PROBLEM_HEADER);
    if (problem) fail(problem);
    if (!response.ok || !response.body) return response;
    total += Number(response.headers.get("Content-Length")) || 0;
    report();
    const chunks: Uint8Array[] = [];
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
      report();
    }
    const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.length;
    }
    if (integrity && !(await matches(body, integrity))) {
      // the service worker kept it: a bad copy must not fail every later load
      await forgetCached(url);
      fail(`${fileName(url)} from ${url} does not match its SHA-256 in the lock file`);
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  scope.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!isPackageFile(new URL(url, scope.location.origin))) return original(input, init);
    return download(new URL(url, scope.location.origin).href, init);
  };

  return {
    watch(listener) {
      bytes = 0;
      total = 0;
      lastProblem = null;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problem: () => lockProblem ?? lastProblem,
    async lockFile(url, fallback) {
      try {
        const response = await original(url);
        const problem = response.headers.get(PROBLEM_HEADER);
        if (problem) throw new Error(problem);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return await response.text();
      } catch (e) {
        const offline = typeof navigator !== "undefined" && navigator.onLine === false;
        lockProblem =
          (await explainFailedFetch(url, scope.location.origin, original)) ??
          `the list of packages ${url} could not be loaded (${offline ? "this device is offline" : (e as Error).message})`;
        // Python still starts (drills without packages run) with the app's own copy for this version
        return (await original(fallback)).text();
      }
    },
  };
}

async function forgetCached(url: string): Promise<void> {
  if (typeof caches === "undefined") return;
  try {
    for (const name of await caches.keys()) {
      if (name.startsWith("drill-packages-")) await (await caches.open(name)).delete(packageCacheKey(url));
    }
  } catch {
    // Cache Storage unavailable: nothing was kept
  }
}

/** Does `body` match an SRI string such as "sha256-<base64>"? */
async function matches(body: Uint8Array<ArrayBuffer>, integrity: string): Promise<boolean> {
  const [algorithm, expected] = integrity.split("-", 2);
  if (algorithm !== "sha256" || !expected) return true;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  return btoa(String.fromCharCode(...digest)) === expected;
}
