/**
 * A test-only matplotlib for the browser: no Pyodide wheel of the real one exists on this machine,
 * so tests/support/matplotlib-standin/ (pure Python, the object API the visualisation drills and
 * the grader's figure description use, and a savefig that writes a real small PNG) is zipped into
 * a wheel and listed as "matplotlib" in a copy of Pyodide's lock file.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MATPLOTLIB_STANDIN_WHEEL = "matplotlib-3.10.8-py3-none-any.whl";
const SOURCE = path.resolve("tests/support/matplotlib-standin");

const BUILD = `
import os, sys, zipfile
wheel, source = sys.argv[1:3]
info = "matplotlib-3.10.8.dist-info"
with zipfile.ZipFile(wheel, "w") as z:
    for root, _, files in sorted(os.walk(source)):
        for name in sorted(files):
            if name.endswith(".py"):
                full = os.path.join(root, name)
                z.write(full, os.path.relpath(full, source))
    z.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\\nName: matplotlib\\nVersion: 3.10.8\\n")
    z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    z.writestr(f"{info}/RECORD", "")
`;

/** Writes the stand-in wheel and pyodide-lock.json (Pyodide's, with matplotlib pointing at it) into `dir`. */
export function writeMatplotlibStandIn(dir: string, pyodideLock = "node_modules/pyodide/pyodide-lock.json"): void {
  mkdirSync(dir, { recursive: true });
  const wheel = path.join(dir, MATPLOTLIB_STANDIN_WHEEL);
  const r = spawnSync("python3", ["-c", BUILD, wheel, SOURCE], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not build the matplotlib stand-in wheel: ${r.stderr}`);
  const lock = JSON.parse(readFileSync(pyodideLock, "utf8"));
  lock.packages.matplotlib = {
    ...lock.packages.matplotlib,
    version: "3.10.8",
    file_name: MATPLOTLIB_STANDIN_WHEEL,
    sha256: createHash("sha256").update(readFileSync(wheel)).digest("hex"),
    imports: ["matplotlib"],
    // the stand-in needs none of matplotlib's compiled dependencies (NumPy, Pillow...)
    depends: [],
    unvendored_tests: false,
  };
  writeFileSync(path.join(dir, "pyodide-lock.json"), JSON.stringify(lock));
}

/**
 * A copy of the built app (`dist`) in `out` whose packages come from `out`/test-packages/: the
 * matplotlib stand-in, and Pyodide's other packages as its lock lists them (not present here).
 */
export function appWithMatplotlibStandIn(out: string, dist = "dist"): void {
  cpSync(dist, out, { recursive: true });
  writeMatplotlibStandIn(path.join(out, "test-packages"));
  writeFileSync(
    path.join(out, "drill-config.json"),
    JSON.stringify({ packageBaseUrl: "./test-packages/", lockFileURL: "./test-packages/pyodide-lock.json" }),
  );
}
