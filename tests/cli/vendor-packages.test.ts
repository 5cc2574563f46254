// Self-hosting wheels: copied or downloaded into the build only when every one matches the pinned
// SHA-256; a refused run leaves the build as it was.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { vendorPackages } from "../../scripts/vendor-packages";
import { startTestServer, type TestServer } from "../support/test-server";
import { EXTRA_WHEEL, PROBE_WHEEL, writeProbePackages } from "../support/test-wheel";
import { tsx } from "../support/tsx";

function setup() {
  const root = mkdtempSync(path.join(tmpdir(), "vendor-"));
  const wheels = path.join(root, "wheels");
  const out = path.join(root, "dist");
  mkdirSync(wheels);
  mkdirSync(path.join(out, "pyodide"), { recursive: true });
  writeProbePackages(wheels, "node_modules/pyodide/pyodide-lock.json");
  const lock = path.join(out, "pyodide", "pyodide-lock.json");
  writeFileSync(lock, readFileSync(path.join(wheels, "pyodide-lock.json")));
  const args = ["--from", wheels, "--out", out, "--packages", "drill-probe", "--lock", lock];
  return { wheels, out, args };
}

describe("vendor-packages", () => {
  it("copies verified wheels beside the lock file and points the app at its own origin", async () => {
    const { out, args } = setup();
    expect(await vendorPackages(args)).toEqual([PROBE_WHEEL]);
    expect(existsSync(path.join(out, "pyodide", PROBE_WHEEL))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, "drill-config.json"), "utf8"))).toEqual({
      packageBaseUrl: "./pyodide/",
    });
  });

  it("refuses a wheel whose SHA-256 differs from the lock file, writing nothing", async () => {
    const { wheels, out, args } = setup();
    writeFileSync(path.join(wheels, PROBE_WHEEL), "tampered");
    await expect(vendorPackages(args)).rejects.toThrow(/drill_probe-1\.0\.0-py3-none-any\.whl: SHA-256 mismatch/);
    expect(existsSync(path.join(out, "drill-config.json"))).toBe(false);
    expect(existsSync(path.join(out, "pyodide", PROBE_WHEEL))).toBe(false);
  });

  it("refuses a folder that lacks a needed wheel, naming it", async () => {
    const { args } = setup();
    const empty = mkdtempSync(path.join(tmpdir(), "empty-"));
    await expect(vendorPackages(["--from", empty, ...args.slice(2)])).rejects.toThrow(/missing drill_probe-1\.0\.0/);
  });

  it("needs a build to vendor into", async () => {
    const { args } = setup();
    const noBuild = mkdtempSync(path.join(tmpdir(), "nobuild-"));
    const argv = [...args];
    argv[argv.indexOf("--out") + 1] = noBuild;
    await expect(vendorPackages(argv)).rejects.toThrow(/run "npm run build" first/);
  });
});

describe("vendor-packages --download-from", () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  /** A mirror of Pyodide's distribution serving the test wheels, and an empty build to vendor into. */
  async function setupMirror() {
    const { wheels, out } = setup();
    const server = await startTestServer(wheels);
    servers.push(server);
    const args = ["--download-from", server.url, "--out", out, "--packages", "drill-probe-extra"];
    return { wheels, out, server, args: [...args, "--lock", path.join(out, "pyodide", "pyodide-lock.json")] };
  }

  /** The build's pyodide/ folder and whether drill-config.json claims self-hosted packages. */
  function buildState(out: string) {
    return {
      files: readdirSync(path.join(out, "pyodide")).sort(),
      config: existsSync(path.join(out, "drill-config.json")),
    };
  }
  const UNTOUCHED = { files: ["pyodide-lock.json"], config: false };

  it("downloads each wheel with its dependencies, checks it and points the app at its own origin", async () => {
    const { wheels, out, args } = await setupMirror();
    expect(await vendorPackages(args)).toEqual([PROBE_WHEEL, EXTRA_WHEEL]);
    expect(buildState(out)).toEqual({ files: [PROBE_WHEEL, EXTRA_WHEEL, "pyodide-lock.json"].sort(), config: true });
    const lock = JSON.parse(readFileSync(path.join(out, "pyodide", "pyodide-lock.json"), "utf8"));
    for (const [name, wheel] of [
      ["drill-probe", PROBE_WHEEL],
      ["drill-probe-extra", EXTRA_WHEEL],
    ] as const) {
      const written = readFileSync(path.join(out, "pyodide", wheel));
      expect(written.equals(readFileSync(path.join(wheels, wheel)))).toBe(true);
      expect(createHash("sha256").update(written).digest("hex")).toBe(lock.packages[name].sha256);
    }
    expect(JSON.parse(readFileSync(path.join(out, "drill-config.json"), "utf8"))).toEqual({
      packageBaseUrl: "./pyodide/",
    });
  });

  it("refuses a downloaded wheel whose SHA-256 differs from the lock file, naming it, and writes nothing", async () => {
    const { wheels, out, server, args } = await setupMirror();
    writeFileSync(path.join(wheels, EXTRA_WHEEL), "not the pinned wheel");
    const refused = vendorPackages(args);
    await expect(refused).rejects.toThrow(/drill_probe_extra-1\.0\.0-py3-none-any\.whl: SHA-256 mismatch/);
    await expect(refused).rejects.toThrow(`refusing the wheels downloaded from ${server.url}`);
    expect(buildState(out)).toEqual(UNTOUCHED);
  });

  it("refuses a wheel the mirror does not have (404), naming it, and writes nothing", async () => {
    const { out, server, args } = await setupMirror();
    server.fail(`/${EXTRA_WHEEL}`, 404);
    await expect(vendorPackages(args)).rejects.toThrow(
      `${EXTRA_WHEEL}: download failed: ${server.url}${EXTRA_WHEEL} answered 404 Not Found`,
    );
    expect(buildState(out)).toEqual(UNTOUCHED);
  });

  it("refuses a download cut off part-way, and leaves an earlier complete vendoring as it was", async () => {
    const { out, server, args } = await setupMirror();
    await vendorPackages(args);
    const before = buildState(out);
    const wheel = readFileSync(path.join(out, "pyodide", EXTRA_WHEEL));
    server.truncate(`/${EXTRA_WHEEL}`);
    await expect(vendorPackages(args)).rejects.toThrow(`${EXTRA_WHEEL}: download failed: ${server.url}${EXTRA_WHEEL}`);
    expect(buildState(out)).toEqual(before);
    expect(readFileSync(path.join(out, "pyodide", EXTRA_WHEEL)).equals(wheel)).toBe(true);
  });

  it("gives up on a mirror that stops answering, naming the wheel, and writes nothing", async () => {
    const { out, server, args } = await setupMirror();
    const release = server.hold(`/${EXTRA_WHEEL}`);
    try {
      await expect(vendorPackages([...args, "--stall-timeout", "0.5"])).rejects.toThrow(
        `${EXTRA_WHEEL}: download failed: ${server.url}${EXTRA_WHEEL}: no data for 0.5 s`,
      );
    } finally {
      release();
    }
    expect(buildState(out)).toEqual(UNTOUCHED);
  });

  it("says what went wrong on the command line, exit code 2", async () => {
    const { out, server, args } = await setupMirror();
    server.fail(`/${PROBE_WHEEL}`, 404);
    // asynchronous: the mirror answers from this process
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(...tsx("scripts/vendor-packages.ts", ...args), (error, _stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(result).toEqual({
      code: 2,
      stderr: `vendor-packages: ${PROBE_WHEEL}: download failed: ${server.url}${PROBE_WHEEL} answered 404 Not Found\n`,
    });
    expect(buildState(out)).toEqual(UNTOUCHED);
  });

  it("takes only an http(s) URL", async () => {
    const { args } = await setupMirror();
    await expect(vendorPackages(["--download-from", "file:///tmp/wheels", ...args.slice(2)])).rejects.toThrow(
      /--download-from needs an http\(s\) URL/,
    );
    await expect(vendorPackages(["--download", ...args])).rejects.toThrow(/give exactly one of/);
  });
});
