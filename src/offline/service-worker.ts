/// <reference lib="webworker" />
// The service worker: the app shell and Pyodide's runtime precached per build, package wheels
// cached at first use, and COOP/COEP added to documents and workers for hosts that cannot set
// headers. Built by scripts/vite-plugin-service-worker.ts, which fills in the manifest.
export type {};

declare const self: ServiceWorkerGlobalScope;
declare const __DRILL_MANIFEST__: { build: string; files: string[]; pyodideVersion: string };

const MANIFEST = __DRILL_MANIFEST__;
const APP_CACHE = `drill-app-${MANIFEST.build}`;
const PACKAGE_CACHE = `drill-packages-pyodide-${MANIFEST.pyodideVersion}`;
const SCOPE = new URL(self.registration.scope);
const PRECACHED = new Set(MANIFEST.files.map((f) => new URL(f, SCOPE).href));
const INDEX = new URL("index.html", SCOPE).href;
/** Written next to the build by `npm run vendor-packages`; must work offline too. */
const CONFIG = new URL("drill-config.json", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      await cache.addAll([...PRECACHED]);
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
      for (const name of await caches.keys()) {
        if (name.startsWith("drill-app-") && name !== APP_CACHE) await caches.delete(name);
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
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (request.mode === "navigate" && url.origin === SCOPE.origin) {
    event.respondWith(fromCache(INDEX, request).then(isolated));
  } else if (url.origin + url.pathname === CONFIG) {
    event.respondWith(networkThenCache(request));
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    const isWorker = request.destination === "worker" || request.destination === "sharedworker";
    const response = fromCache(url.origin + url.pathname, request);
    // only documents and workers get the headers: re-wrapping the wasm loses its compile cache
    event.respondWith(isWorker ? response.then(isolated) : response);
  } else if (url.pathname.endsWith(".whl") || url.pathname.endsWith(".zip") || url.pathname.endsWith(".tar")) {
    event.respondWith(packageCacheFirst(request));
  } else if (url.pathname.endsWith("pyodide-lock.json")) {
    event.respondWith(networkThenCache(request, PACKAGE_CACHE));
  }
});

async function fromCache(key: string, request: Request): Promise<Response> {
  const cached = await caches.match(key, { cacheName: APP_CACHE });
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
    throw e;
  }
}

async function packageCacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(PACKAGE_CACHE);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
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
  headers.set("Content-Security-Policy", contentSecurityPolicy(await packageOrigins(), worker));
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

function contentSecurityPolicy(packageOrigins: string[], worker: boolean): string {
  const script = ["'self'", "'wasm-unsafe-eval'", ...(worker ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "worker-src 'self'",
    `connect-src ${["'self'", ...new Set(packageOrigins)].join(" ")}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}
