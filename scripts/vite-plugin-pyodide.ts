/**
 * Serves Pyodide's runtime files from node_modules at /pyodide/ in dev, and copies them into the
 * build: nothing from Pyodide is committed, and the app never fetches the runtime from a CDN.
 */
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

export const PYODIDE_RUNTIME_FILES = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
] as const;

const TYPES: Record<string, string> = {
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".json": "application/json",
};

export function pyodideRuntime(dir = path.resolve("node_modules/pyodide")): Plugin {
  return {
    name: "pyodide-runtime",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? "").split("?")[0] ?? "";
        const prefix = `${server.config.base}pyodide/`;
        if (!url.startsWith(prefix)) return next();
        const name = url.slice(prefix.length);
        if (!(PYODIDE_RUNTIME_FILES as readonly string[]).includes(name)) return next();
        res.setHeader("Content-Type", TYPES[path.extname(name)] ?? "application/octet-stream");
        createReadStream(path.join(dir, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of PYODIDE_RUNTIME_FILES) {
        this.emitFile({ type: "asset", fileName: `pyodide/${name}`, source: readFileSync(path.join(dir, name)) });
      }
    },
  };
}
