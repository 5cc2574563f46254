/**
 * Package files as the app, its service worker and the Python worker name, cache and explain
 * them. Wheels come from the deployer's package host, often another origin than the app (a CDN).
 */

/** Set by the service worker on a response it made up to explain a failed package download. */
export const PROBLEM_HEADER = "X-Drill-Package-Problem";

/** Wheels, per Pyodide version, whichever host served them. */
export function packageCacheName(pyodideVersion: string): string {
  return `drill-packages-pyodide-${pyodideVersion}`;
}

/** Pyodide's own runtime (wasm, stdlib, scripts): the same for every deploy of one Pyodide version. */
export function runtimeCacheName(pyodideVersion: string): string {
  return `drill-pyodide-${pyodideVersion}`;
}

/** Wheels and archives, as Pyodide downloads them. */
export function isPackageFile(url: string | URL): boolean {
  return /\.(whl|zip|tar)$/.test(new URL(url).pathname);
}

export function fileName(url: string | URL): string {
  return decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
}

/**
 * The cache key of a wheel: its file name alone (within a cache named after the Pyodide version),
 * so a redeploy, a move of the app or a switch of package host finds the wheels already there.
 * The lock file's SHA-256 is checked on every load, whichever key served the bytes.
 */
export function packageCacheKey(url: string | URL): string {
  return `https://packages.drill.invalid/${encodeURIComponent(fileName(url))}`;
}

export function refusedMessage(url: string): string {
  return (
    `the package host refused cross-origin loading of ${url}: it answered without an ` +
    `"Access-Control-Allow-Origin" header (a package host on another origin must send ` +
    `"Access-Control-Allow-Origin: *" and "Cross-Origin-Resource-Policy: cross-origin")`
  );
}

/**
 * Why fetching `url` failed, in plain words, when that can be told: a host that answers a request
 * which needs no CORS (a HEAD in no-cors mode) but failed the CORS one refused cross-origin loading.
 * Null for a plain network failure (offline, host down, DNS), or where the no-cors probe is itself
 * blocked (a cross-origin isolated context, when the host sends no Cross-Origin-Resource-Policy).
 */
export async function explainFailedFetch(
  url: string,
  origin: string,
  probe: (input: string, init: RequestInit) => Promise<Response>,
): Promise<string | null> {
  if (new URL(url).origin === origin) return null;
  if (typeof navigator !== "undefined" && navigator.onLine === false) return null;
  try {
    await probe(url, { method: "HEAD", mode: "no-cors", cache: "no-store", credentials: "omit" });
  } catch {
    return null;
  }
  return refusedMessage(url);
}
