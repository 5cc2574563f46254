// Self-hosting wheels: copied into the build only when every one matches the pinned SHA-256.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vendorPackages } from "../../scripts/vendor-packages";
import { PROBE_WHEEL, writeProbePackages } from "../support/test-wheel";

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
