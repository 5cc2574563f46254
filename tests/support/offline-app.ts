/** Builds of the app for the offline browser tests, their test wheels, and what Cache Storage holds. */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import pyodidePackage from "pyodide/package.json" with { type: "json" };
import { packageCacheKey } from "../../src/offline/package-host";
import { writeProbePackages } from "./test-wheel";

export const PACKAGE_CACHE = `drill-packages-pyodide-${pyodidePackage.version}`;
const VERSIONED_CONFIG = "tests/support/vite.versioned.config.ts";

/**
 * `vite build --mode e2e-offline` (the fixture drills included) into `out`; with `version`, stamped
 * by tests/support/vite.versioned.config.ts; with `base`, for that path of the host. Returns the
 * build id the service worker names its cache after. Each kind of build is made once per process
 * (the browser files share one: vitest.config.ts) and copied: the eleven builds were four kinds.
 */
export function buildOfflineApp(out: string, version?: string, base = "/"): string {
  const key = `${version ?? "plain"}${base.replaceAll("/", "_")}`;
  let pristine = builds.get(key);
  if (!pristine) {
    pristine = path.join(BUILD_CACHE, `${process.pid}-${key}`);
    viteBuild(pristine, version, base);
    builds.set(key, pristine);
  }
  rmSync(out, { recursive: true, force: true });
  cpSync(pristine, out, { recursive: true });
  const build = /"?build"?: ?"([0-9a-f]+)"/.exec(readFileSync(path.join(out, "sw.js"), "utf8"))?.[1];
  if (!build) throw new Error(`no build id in ${out}/sw.js`);
  return build;
}

/** Where the builds wait to be copied; the browser files' global set-up removes it at the end. */
export const BUILD_CACHE = path.join(tmpdir(), "drill-e2e-builds");
const builds = new Map<string, string>();

function viteBuild(out: string, version: string | undefined, base: string): void {
  const config = version ? ["--config", VERSIONED_CONFIG] : [];
  execFileSync(
    "npx",
    [
      ...["vite", "build", ...config, "--mode", "e2e-offline", "--base", base],
      ...["--outDir", out, "--emptyOutDir", "--logLevel", "error"],
    ],
    // vitest sets NODE_ENV=test, which would make this a development build without the service worker
    {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", ...(version ? { DRILL_TEST_VERSION: version } : {}) },
    },
  );
}

/** The test wheels in `out`/test-packages/ and a drill-config.json that loads packages from there. */
export function addTestPackages(out: string, options: { onlyTestPackages?: boolean } = {}): void {
  const packages = path.join(out, "test-packages");
  mkdirSync(packages);
  writeProbePackages(packages, "node_modules/pyodide/pyodide-lock.json", options);
  writeFileSync(
    path.join(out, "drill-config.json"),
    JSON.stringify({ packageBaseUrl: "./test-packages/", lockFileURL: "./test-packages/pyodide-lock.json" }),
  );
}

/** The same wheels, lock and drill-config.json in another build (a redeploy keeps its packages). */
export function copyTestPackages(from: string, to: string): void {
  cpSync(path.join(from, "test-packages"), path.join(to, "test-packages"), { recursive: true });
  cpSync(path.join(from, "drill-config.json"), path.join(to, "drill-config.json"));
}

export async function pythonReady(page: Page): Promise<void> {
  await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
}

/** First visit to a host without COOP/COEP: the service worker takes over and the page reloads isolated. */
export async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => crossOriginIsolated === true, undefined, { timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await pythonReady(page);
}

/** The key a wheel is cached under, whichever host served it. */
export function wheelKey(file: string): string {
  return packageCacheKey(`https://any.host/${file}`);
}

export function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** Is `url` in the cache named `cacheName`? */
export function isCached(page: Page, cacheName: string, url: string): Promise<boolean> {
  return page.evaluate(
    async ([name, u]) => (await caches.has(name)) && Boolean(await (await caches.open(name)).match(u)),
    [cacheName, url] as const,
  );
}

/** Records every text the Python status line shows from now on; call the result to read them. */
export async function watchPythonStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { pythonStatuses: string[] }).pythonStatuses = seen;
    new MutationObserver(() => {
      const text = document.querySelector(".python-status")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
      if (text !== seen[seen.length - 1]) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { pythonStatuses: string[] }).pythonStatuses);
}
