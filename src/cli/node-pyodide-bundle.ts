/**
 * The Pyodide worker thread's code as one plain JavaScript file, built with esbuild once per
 * process: a thread that loads it starts without tsx (registering tsx and compiling the
 * TypeScript graph again cost every thread, one per graded run, a few hundred ms). The tests'
 * browser-like session thread is bundled the same way (another entry).
 * The file is named by its content's hash, so processes share it and a changed source gets a new one.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./paths";

const ENTRY = path.join(REPO_ROOT, "src", "cli", "node-pyodide.worker.ts");
const CACHE_DIR = path.join(REPO_ROOT, "node_modules", ".cache", "drill-cli");

const built = new Map<string, Promise<string | null>>();

/** The bundle's file URL, or null when it cannot be built (the thread then loads the sources via tsx). */
export function workerBundle(entry = ENTRY): Promise<string | null> {
  let bundle = built.get(entry);
  if (!bundle) {
    bundle = build(entry).catch(() => null);
    built.set(entry, bundle);
  }
  return bundle;
}

async function build(entry: string): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    // Pyodide stays the package in node_modules; paths.ts finds the repository from its own place
    external: ["pyodide"],
    define: { "import.meta.url": JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "src", "cli", "paths.ts")).href) },
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error("esbuild produced no output");
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = path.join(CACHE_DIR, `${path.basename(entry, ".ts")}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return pathToFileURL(file).href;
}
