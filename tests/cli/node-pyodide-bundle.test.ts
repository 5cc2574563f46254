// The Pyodide worker thread's code, bundled once per process so threads start without tsx: one
// file, named by its content, that imports Pyodide from node_modules and needs no TypeScript loader.
// (tests/cli/hostile-cli.test.ts grades through threads that load it: every run after a thread's first.)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { workerBundle } from "../../src/cli/node-pyodide-bundle";

describe("the worker bundle", () => {
  it("is one plain JavaScript file, the same for every thread of the process", async () => {
    const url = await workerBundle();
    expect(url).toMatch(/^file:.*node-pyodide\.worker-[0-9a-f]{16}\.mjs$/);
    expect(await workerBundle()).toBe(url);
    const code = readFileSync(fileURLToPath(url as string), "utf8");
    // its only imports are Node's modules and Pyodide: no TypeScript file is left to load
    const imported = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imported).toContain("pyodide");
    expect(imported.filter((s) => s !== "pyodide" && !s?.startsWith("node:"))).toEqual([]);
    // the harness is found from the repository, not from the bundle's folder
    expect(code).toContain("src/cli/paths.ts");
  });
});
