/**
 * Builds src/offline/service-worker.ts into dist/sw.js with the precache manifest of this build:
 * every file of the app and Pyodide's runtime, and a build id that changes with any of them.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { transform } from "esbuild";
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
      const manifest = {
        build: hash.digest("hex").slice(0, 16),
        files: ["./", ...files.filter((f) => f !== "index.html"), ...publicFiles, "index.html"],
        pyodideVersion,
      };
      const { code } = await transform(readFileSync(SOURCE, "utf8"), { loader: "ts", format: "esm", target: "es2022" });
      this.emitFile({
        type: "asset",
        fileName: "sw.js",
        source: code.replace("__DRILL_MANIFEST__", JSON.stringify(manifest)),
      });
    },
  };
}
