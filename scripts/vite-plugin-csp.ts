/**
 * The Content-Security-Policy `vite dev` and `vite preview` send: scripts, workers and
 * connections from this origin only, plus the package source drill-config.json (or
 * VITE_PYODIDE_PACKAGES_URL, or Pyodide's official CDN by default) names. Only the Python
 * worker's script may eval (Pyodide evaluates JS from the wasm module); wasm compiles everywhere.
 * The service worker (src/offline/service-worker.ts) adds the same policy on hosts that send none.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Connect, Plugin } from "vite";
import { contentSecurityPolicy } from "../src/offline/content-security-policy.ts";

const OFFICIAL_CDN = "https://cdn.jsdelivr.net";

/** Cross-origin package sources named by drill-config.json in `dir`, or the default one. */
export function packageOrigins(dir: string): string[] {
  const origins: string[] = [];
  const config = path.join(dir, "drill-config.json");
  let configured = false;
  if (existsSync(config)) {
    try {
      const raw = JSON.parse(readFileSync(config, "utf8")) as { packageBaseUrl?: string; lockFileURL?: string };
      for (const url of [raw.packageBaseUrl, raw.lockFileURL]) {
        if (!url) continue;
        if (url === raw.packageBaseUrl) configured = true;
        if (/^https?:\/\//.test(url)) origins.push(new URL(url).origin);
      }
    } catch {
      // an unreadable config: the app falls back to its defaults, and so does the policy
    }
  }
  const env = process.env.VITE_PYODIDE_PACKAGES_URL;
  if (!configured) origins.push(env && /^https?:\/\//.test(env) ? new URL(env).origin : OFFICIAL_CDN);
  return origins;
}

function isWorkerScript(url: string | undefined): boolean {
  return /python\.worker[^/]*\.(js|ts)(\?|$)/.test(url ?? "");
}

export function cspHeaders(): Plugin {
  const middleware =
    (dir: string, dev: boolean): Connect.NextHandleFunction =>
    (req, res, next) => {
      res.setHeader(
        "Content-Security-Policy",
        contentSecurityPolicy(packageOrigins(dir), { worker: isWorkerScript(req.url), dev }),
      );
      next();
    };
  return {
    name: "drill-csp",
    configureServer(server) {
      server.middlewares.use(middleware(server.config.publicDir, true));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(path.resolve(server.config.build.outDir), false));
    },
  };
}
