/** The OfflineClient of the browser: service worker registration, updates, and the wheel cache. */
import type { CachedFile, DownloadProgress, OfflineClient } from "../store/offline-client";
import {
  explainFailedFetch,
  fileName,
  isPackageFile,
  PROBLEM_HEADER,
  packageCacheKey,
  packageCacheName,
} from "./package-host";

interface LockPackage {
  file_name: string;
  depends: string[];
}

/** A host that has not answered a HEAD request in this long is taken as unreachable. */
const PROBE_TIMEOUT_MS = 10_000;
/** How long the page's workers get to let go of their requests before a new version takes over. */
const QUIET_MS = 300;
/** A new version asked to take over and still waiting after this long is let in by a reload. */
const TAKE_OVER_MS = 5_000;

export function createBrowserOffline(options: {
  base: URL;
  pyodideVersion: string;
  packageBaseUrl: string;
  lockFileURL: string;
  /** Precaching competes with Python's first boot: a page already isolated by its host waits for this. */
  registerAfter?: Promise<unknown>;
  /** Ends the page's workers before an update takes over (see applyUpdate). */
  beforeUpdate?: () => void;
}): OfflineClient {
  const cacheName = packageCacheName(options.pyodideVersion);
  const updateListeners = new Set<() => void>();
  let waiting: ServiceWorker | null = null;
  let lock: Promise<Record<string, LockPackage>> | null = null;

  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };

  if ("serviceWorker" in navigator && import.meta.env.PROD) {
    // without the host's COOP/COEP only the service worker can isolate the page: register at once
    const when = globalThis.crossOriginIsolated ? (options.registerAfter ?? Promise.resolve()) : Promise.resolve();
    void when.then(() =>
      register(options.base, reload, (sw) => {
        waiting = sw;
        for (const l of updateListeners) l();
      }),
    );
  }
  const lockPackages = () => {
    // a failure is not kept: the next attempt asks again
    lock ??= fetchLock(options.lockFileURL).catch((e: unknown) => {
      lock = null;
      throw e;
    });
    return lock;
  };
  const wheelUrls = async (packages: string[]): Promise<Map<string, string[]>> => {
    const all = await lockPackages();
    const result = new Map<string, string[]>();
    for (const name of packages) {
      const seen = new Set<string>();
      const visit = (n: string) => {
        const key = n.toLowerCase();
        const pkg = all[key];
        if (!pkg || seen.has(key)) return;
        seen.add(key);
        pkg.depends.forEach(visit);
      };
      visit(name);
      result.set(
        name,
        [...seen].map((k) => new URL((all[k] as LockPackage).file_name, options.packageBaseUrl).href),
      );
    }
    return result;
  };

  return {
    isOnline: () => navigator.onLine,
    onOnlineChange(listener) {
      const on = () => listener(true);
      const off = () => listener(false);
      window.addEventListener("online", on);
      window.addEventListener("offline", off);
      return () => {
        window.removeEventListener("online", on);
        window.removeEventListener("offline", off);
      };
    },
    onUpdateReady(listener) {
      updateListeners.add(listener);
      if (waiting) listener();
      return () => updateListeners.delete(listener);
    },
    applyUpdate() {
      const sw = waiting;
      if (!sw) return;
      // The new service worker takes over and the page reloads (controllerchange). Chromium parks
      // it instead when a request reaches the old one as it hands over (a Python worker starting
      // after a run, say), so the page's workers end first. Should it park anyway, a reload lets it in.
      options.beforeUpdate?.();
      setTimeout(() => {
        sw.postMessage({ type: "skip-waiting" });
        setTimeout(() => {
          if (sw.state === "installed") reload();
        }, TAKE_OVER_MS);
      }, QUIET_MS);
    },
    async cachedPackages(packages) {
      const out: Record<string, boolean> = {};
      if (!("caches" in self)) return Object.fromEntries(packages.map((p) => [p, false]));
      const cache = await caches.open(cacheName);
      for (const [name, urls] of await wheelUrls(packages)) {
        const hits = await Promise.all(urls.map((u) => cache.match(packageCacheKey(u))));
        out[name] = urls.length > 0 && hits.every(Boolean);
      }
      return out;
    },
    async downloadPackages(packages, onProgress) {
      const urls = [...new Set([...(await wheelUrls(packages)).values()].flat())];
      const progress: DownloadProgress = { done: 0, total: urls.length, bytes: 0 };
      onProgress({ ...progress });
      const cache = await caches.open(cacheName);
      for (const url of urls) {
        const cached = await cache.match(packageCacheKey(url));
        progress.bytes += cached ? (await cached.blob()).size : await downloadInto(cache, url);
        progress.done += 1;
        onProgress({ ...progress });
      }
      return progress;
    },
    async probePackageHost(packages) {
      let lockProblem: string | null = null;
      const urls = await wheelUrls(packages).catch((e: Error) => {
        lockProblem = e.message;
        return new Map<string, string[]>();
      });
      const answers = await Promise.all(
        packages.map(async (name) => {
          // a package's own wheel comes first, before its dependencies
          const own = urls.get(name)?.[0];
          return [name, own ? await probe(own) : { ok: false, problem: lockProblem }] as const;
        }),
      );
      const problems: Record<string, string> = {};
      for (const [name, answer] of answers) if (answer.problem) problems[name] = answer.problem;
      return { reachable: Object.fromEntries(answers.map(([name, a]) => [name, a.ok])), problems };
    },
    async listCached(): Promise<CachedFile[]> {
      if (!("caches" in self)) return [];
      const cache = await caches.open(cacheName);
      const files: CachedFile[] = [];
      for (const request of await cache.keys()) {
        // the cache also keeps the lock file for offline use: it is not a package
        if (!isPackageFile(request.url)) continue;
        const response = await cache.match(request);
        files.push({ file: fileName(request.url), bytes: (await response?.blob())?.size ?? 0 });
      }
      return files.sort((a, b) => a.file.localeCompare(b.file));
    },
  };
}

/** The lock file's packages; a host that refuses cross-origin loading is named in plain words. */
async function fetchLock(url: string): Promise<Record<string, LockPackage>> {
  const response = await fetch(url).catch(async (e: Error) => {
    const problem = await explainFailedFetch(url, location.origin, (u, init) => fetch(u, init));
    throw new Error(problem ?? `the list of packages ${url} could not be loaded (${e.message})`);
  });
  const problem = response.headers.get(PROBLEM_HEADER);
  if (problem) throw new Error(problem);
  if (!response.ok) throw new Error(`the list of packages ${url} could not be loaded (${response.status})`);
  return ((await response.json()) as { packages: Record<string, LockPackage> }).packages;
}

/**
 * Does a HEAD request for this URL succeed within PROBE_TIMEOUT_MS? If not, why, when known: the
 * service worker answers a refused cross-origin probe with the reason in PROBLEM_HEADER.
 */
async function probe(url: string): Promise<{ ok: boolean; problem: string | null }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PROBE_TIMEOUT_MS);
  try {
    const response = await fetch(url, { method: "HEAD", cache: "no-store", signal: abort.signal });
    return { ok: response.ok, problem: response.headers.get(PROBLEM_HEADER) };
  } catch {
    return { ok: false, problem: null };
  } finally {
    clearTimeout(timer);
  }
}

/** Fetch one wheel into the cache and return its size; a failure names the file and caches nothing. */
async function downloadInto(cache: Cache, url: string): Promise<number> {
  const file = fileName(url);
  // a body cut off part-way fails the fetch (through the service worker) or the put, never caches
  const response = await fetch(url).catch(async () => {
    const problem = await explainFailedFetch(url, location.origin, (u, init) => fetch(u, init));
    throw new Error(`${file} could not be downloaded (${problem ?? "the connection failed"})`);
  });
  const problem = response.headers.get(PROBLEM_HEADER);
  if (problem) throw new Error(`${file} could not be downloaded: ${problem}`);
  if (!response.ok) throw new Error(`${file} could not be downloaded (${response.status})`);
  try {
    await cache.put(packageCacheKey(url), response.clone());
    return (await response.blob()).size;
  } catch {
    throw new Error(`${file} could not be downloaded (the connection failed part-way)`);
  }
}

/** Register the service worker; reload once when it first takes control (that makes the page cross-origin isolated). */
async function register(base: URL, reload: () => void, onWaiting: (sw: ServiceWorker) => void): Promise<void> {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!hadController && crossOriginIsolated) return;
    reload();
  });
  const registration = await navigator.serviceWorker.register(new URL("sw.js", base), { scope: base.pathname });
  const watched = new WeakSet<ServiceWorker>();
  const watch = (sw: ServiceWorker | null) => {
    if (!sw || watched.has(sw)) return;
    watched.add(sw);
    const check = () => {
      if (sw.state === "installed" && navigator.serviceWorker.controller) onWaiting(sw);
    };
    sw.addEventListener("statechange", check);
    check();
  };
  watch(registration.waiting);
  // an update that began before this page registered (registration may wait for Python) fired
  // "updatefound" before anyone listened: follow it to "installed" too
  watch(registration.installing);
  registration.addEventListener("updatefound", () => watch(registration.installing));
}
