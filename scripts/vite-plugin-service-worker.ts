/**
 * Builds src/offline/service-worker.ts into dist/sw.js with the precache manifest of this build:
 * every file of the app, Pyodide's runtime files apart (cached per Pyodide version, not per build),
 * and a build id that changes with any of them.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { Plugin } from "vite";

const SOURCE = path.resolve("src/offline/service-worker.ts");

export function serviceWorker(pyodideVersion: string): Plugin {
  return {
    name: "drill-service-worker",
    apply: "build",
    enforce: "post",
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith(".map"))
        .sort();
      const hash = createHash("sha256");
      for (const f of files) {
        const item = bundle[f];
        if (!item) continue;
        hash.update(f);
        hash.update(item.type === "chunk" ? item.code : item.source);
      }
      const publicFiles = existsSync("public") ? readdirSync("public") : [];
      const runtime = files.filter((f) => f.startsWith("pyodide/"));
      const app = files.filter((f) => f !== "index.html" && !runtime.includes(f));
      const manifest = {
        build: hash.digest("hex").slice(0, 16),
        files: ["./", ...app, ...publicFiles, "index.html"],
        runtime,
        pyodideVersion,
      };
      const result = await build({
        entryPoints: [SOURCE],
        bundle: true,
        write: false,
        format: "esm",
        target: "es2022",
        logLevel: "silent",
        define: { __DRILL_MANIFEST__: JSON.stringify(manifest) },
      });
      const code = result.outputFiles[0]?.text ?? "";
      this.emitFile({
        type: "asset",
        fileName: "sw.js",
        source: code,
      });
    },
  };
}
