// The visualisation drills' package: self-hosting (vendor-packages) and the offline download take
// matplotlib with every wheel Pyodide's lock says it needs, and vendoring without them is refused
// naming what is missing.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vendorPackages } from "../../scripts/vendor-packages";
import { loadCatalog } from "../../src/cli/load-challenges";
import { readLock, withDependencies } from "../../src/cli/packages-dir";

describe("matplotlib for the visualisation drills", () => {
  it("is in the pinned lock with the dependencies its wheels need", () => {
    expect(withDependencies(["matplotlib"], readLock())).toEqual([
      "contourpy",
      "cycler",
      "fonttools",
      "kiwisolver",
      "matplotlib",
      "numpy",
      "packaging",
      "pillow",
      "pyparsing",
      "python-dateutil",
      "pytz",
      "six",
    ]);
  });

  it("is among the packages vendor-packages takes from the catalogue by default", () => {
    const declared = new Set(loadCatalog().challenges.flatMap((c) => c.packages));
    expect(declared.has("matplotlib")).toBe(true);
  });

  it("is refused by vendor-packages when a dependency's wheel is missing, naming the missing wheels", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "vendor-mpl-"));
    const out = path.join(root, "dist");
    mkdirSync(path.join(out, "pyodide"), { recursive: true });
    const lock = path.join(out, "pyodide", "pyodide-lock.json");
    writeFileSync(lock, readFileSync("node_modules/pyodide/pyodide-lock.json"));
    const empty = path.join(root, "wheels");
    mkdirSync(empty);
    const args = ["--from", empty, "--out", out, "--packages", "matplotlib", "--lock", lock];
    await expect(vendorPackages(args)).rejects.toThrow(/missing .*matplotlib-3\.10\.8.*pillow-12\.2\.0/);
  });
});
