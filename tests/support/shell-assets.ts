/**
 * The app's shell on first paint: the scripts, styles and pages a fresh visit to the home page
 * requests (the page and its workers, not the service worker's precache), as recorded by Chromium,
 * sized from dist/ gzipped at level 9. Pyodide's own runtime files (dist/pyodide/) are not the
 * shell; Monaco and the editor load only when a drill opens, so they are not either.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

const SHELL_FILE = /\.(js|mjs|css|html)$/;

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every js/css/html file in dist outside dist/pyodide, gzipped: what the app could ever load. */
export function allAssetsGzipBytes(dist: string): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (path.relative(dist, full) !== "pyodide") walk(full);
      } else if (SHELL_FILE.test(name)) total += gzipBytes(full);
    }
  };
  walk(dist);
  return total;
}

export interface ShellAssets {
  /** dist-relative paths of the shell files the home page requested, in request order. */
  files: string[];
  gzipBytes: number;
}

/** Opens the home page in a fresh context and records what it loads until the network is idle. */
export async function firstPaintShell(browser: Browser, baseUrl: string, dist: string): Promise<ShellAssets> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const files: string[] = [];
    const origin = new URL(baseUrl).origin;
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) return;
      const base = new URL(baseUrl).pathname;
      let rel = decodeURIComponent(url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname);
      if (rel === "" || rel.endsWith("/")) rel += "index.html";
      if (rel.startsWith("pyodide/") || !SHELL_FILE.test(rel) || files.includes(rel)) return;
      files.push(rel);
    });
    await page.goto(baseUrl, { waitUntil: "load" });
    // the roadmap is drawn and nothing more is on its way
    await page.waitForSelector("main", { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const sized = files.filter((f) => existsSync(path.join(dist, f)));
    return { files: sized, gzipBytes: sized.reduce((sum, f) => sum + gzipBytes(path.join(dist, f)), 0) };
  } finally {
    await context.close();
  }
}
