// drill-config.json as a deployer writes it: URLs relative to the app, and a mirror's lock file
// whose wheels sit beside it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { OFFICIAL_PACKAGES_URL } from "../../src/app/browser-runner";
import { loadRuntimeConfig } from "../../src/app/runtime-config";

const base = new URL("https://example.org/drills/");

function serve(config: unknown, status = 200) {
  vi.stubGlobal("fetch", async () => new Response(JSON.stringify(config), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loadRuntimeConfig", () => {
  it("without drill-config.json: the official distribution, and the app's own lock file", async () => {
    serve({}, 404);
    expect(await loadRuntimeConfig(base)).toEqual({
      packageBaseUrl: OFFICIAL_PACKAGES_URL,
      lockFileURL: "https://example.org/drills/pyodide/pyodide-lock.json",
    });
  });

  it("resolves vendor-packages' relative folder against the app's path", async () => {
    serve({ packageBaseUrl: "./pyodide/" });
    expect(await loadRuntimeConfig(base)).toEqual({
      packageBaseUrl: "https://example.org/drills/pyodide/",
      lockFileURL: "https://example.org/drills/pyodide/pyodide-lock.json",
    });
  });

  it("takes wheels from beside a mirror's lock file when only the lock file is set", async () => {
    serve({ lockFileURL: "https://mirror.test/pyodide/full/pyodide-lock.json" });
    expect(await loadRuntimeConfig(base)).toEqual({
      packageBaseUrl: "https://mirror.test/pyodide/full/",
      lockFileURL: "https://mirror.test/pyodide/full/pyodide-lock.json",
    });
  });

  it("keeps both when both are set", async () => {
    serve({ packageBaseUrl: "https://cdn.test/wheels/", lockFileURL: "../lock.json" });
    expect(await loadRuntimeConfig(base)).toEqual({
      packageBaseUrl: "https://cdn.test/wheels/",
      lockFileURL: "https://example.org/lock.json",
    });
  });
});
