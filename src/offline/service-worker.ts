/// <reference lib="webworker" />
// The service worker: the app shell precached per build, Pyodide's runtime per Pyodide version
// (a redeploy of the app downloads none of it again), package wheels cached at first use per
// Pyodide version under their file name, and COOP/COEP added to documents and workers for hosts
// that cannot set headers. Built by scripts/vite-plugin-service-worker.ts, which fills in the manifest.
import { contentSecurityPolicy } from "./content-security-policy";
import {
  explainFailedFetch,
  fileName,
  isPackageFile,
  PROBLEM_HEADER,
  packageCacheKey,
  packageCacheName,
  runtimeCacheName,
} from "./package-host";

declare const self: ServiceWorkerGlobalScope;
declare const __DRILL_MANIFEST__: { build: string; files: string[]; runtime: string[]; pyodideVersion: string };

const MANIFEST = __DRILL_MANIFEST__;
const APP_CACHE = `drill-app-${MANIFEST.build}`;
const RUNTIME_CACHE = runtimeCacheName(MANIFEST.pyodideVersion);
const PACKAGE_CACHE = packageCacheName(MANIFEST.pyodideVersion);
const SCOPE = new URL(self.registration.scope);
const PRECACHED = new Set(MANIFEST.files.map((f) => new URL(f, SCOPE).href));
const RUNTIME = new Set(MANIFEST.runtime.map((f) => new URL(f, SCOPE).href));
const INDEX = new URL("index.html", SCOPE).href;
/** Written next to the build by `npm run vendor-packages`; must work offline too. */
const CONFIG = new URL("drill-config.json", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      await cache.addAll([...PRECACHED]);
      // Pyodide's runtime is the same for every deploy of this Pyodide version: fetch only what is missing
      const runtime = await caches.open(RUNTIME_CACHE);
      const missing = [];
      for (const url of RUNTIME) if (!(await runtime.match(url))) missing.push(url);
      await runtime.addAll(missing);
      // not part of the build, and optional: without this deploy's copy, a switch made offline
      // would fall back to the default package URL and lose self-hosted wheels
      const config = await fetch(CONFIG, { cache: "no-cache" }).catch(() => null);
      if (config?.ok) await cache.put(CONFIG, config);
      // the first install has no older version to mix with: take over at once
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const kept = [APP_CACHE, RUNTIME_CACHE, PACKAGE_CACHE];
      for (const name of await caches.keys()) {
        const ours = ["drill-app-", "drill-pyodide-", "drill-packages-pyodide-"].some((p) => name.startsWith(p));
        if (ours && !kept.includes(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "skip-waiting") void self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // the page's package-host probe: only here can a refused cross-origin request be told apart
  // (the isolated page's own no-cors probe is blocked by COEP)
  if (request.method === "HEAD" && isPackageFile(url)) {
    event.respondWith(fetch(request).catch((e: unknown) => explained(request.url, e)));
    return;
  }
  if (request.method !== "GET") return;
  const key = url.origin + url.pathname;
  if (request.mode === "navigate" && url.origin === SCOPE.origin) {
    event.respondWith(fromCache(INDEX, request).then(isolated));
  } else if (key === CONFIG) {
    event.respondWith(networkThenCache(request));
  } else if (PRECACHED.has(key)) {
    const isWorker = request.destination === "worker" || request.destination === "sharedworker";
    const response = fromCache(key, request);
    // only documents and workers get the headers: re-wrapping the wasm loses its compile cache
    event.respondWith(isWorker ? response.then(isolated) : response);
  } else if (RUNTIME.has(key)) {
    event.respondWith(fromCache(key, request, RUNTIME_CACHE));
  } else if (isPackageFile(url)) {
    event.respondWith(packageCacheFirst(request));
  } else if (url.pathname.endsWith("pyodide-lock.json")) {
    event.respondWith(networkThenCache(request, PACKAGE_CACHE));
  }
});

async function fromCache(key: string, request: Request, cacheName = APP_CACHE): Promise<Response> {
  const cached = await caches.match(key, { cacheName });
  return cached ?? fetch(request);
}

async function networkThenCache(request: Request, cacheName = APP_CACHE): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request.url, response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match(request.url);
    if (cached) return cached;
    return explained(request.url, e);
  }
}

async function packageCacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(PACKAGE_CACHE);
  const key = packageCacheKey(request.url);
  const cached = await cache.match(key);
  if (cached) return cached;
  let response: Response;
  try {
    response = await fetch(request);
  } catch (e) {
    return explained(request.url, e);
  }
  // an opaque response (a no-cors request) cannot be checked or read by Pyodide: never cache one
  if (response.ok && response.type !== "opaque") await cache.put(key, response.clone());
  return response;
}

/**
 * A failed package download: when the host refused cross-origin loading, answer with a response
 * that says so (the page and the Python worker turn it into plain words, naming the URL); for a
 * plain network failure, fail as the network did.
 */
async function explained(url: string, error: unknown): Promise<Response> {
  const problem = await explainFailedFetch(url, SCOPE.origin, (u, init) => fetch(u, init));
  if (!problem) throw error;
  return new Response(problem, {
    status: 502,
    statusText: `Refused cross-origin loading: ${fileName(url)}`,
    headers: { "Content-Type": "text/plain", [PROBLEM_HEADER]: problem },
  });
}

/**
 * COOP/COEP and the Content-Security-Policy for a document or worker (the same policy as
 * scripts/vite-plugin-csp.ts): scripts, workers and connections from this origin only, plus the
 * package source this deploy's drill-config.json names (Pyodide's CDN by default); only the
 * Python worker's script may eval.
 */
async function isolated(response: Response): Promise<Response> {
  if (response.type === "opaque" || response.status === 0) return response;
  const headers = new Headers(response.headers);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Embedder-Policy", "require-corp");
  const worker = /python\.worker[^/]*\.js$/.test(new URL(response.url || SCOPE.href).pathname);
  headers.set("Content-Security-Policy", contentSecurityPolicy(await packageOrigins(), { worker, dev: false }));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function packageOrigins(): Promise<string[]> {
  const defaults = ["https://cdn.jsdelivr.net"];
  try {
    const cached = (await caches.match(CONFIG)) ?? (await fetch(CONFIG, { cache: "no-cache" }));
    if (!cached.ok) return defaults;
    const raw = (await cached.json()) as { packageBaseUrl?: string; lockFileURL?: string };
    const origins = [raw.packageBaseUrl, raw.lockFileURL].flatMap((u) =>
      u ? [new URL(u, SCOPE).origin].filter((o) => o !== SCOPE.origin) : [],
    );
    return raw.packageBaseUrl ? origins : [...defaults, ...origins];
  } catch {
    return defaults;
  }
}
