/** Builds a tiny pure-Python wheel and a copy of Pyodide's lock file that lists it. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const PROBE_WHEEL = "drill_probe-1.0.0-py3-none-any.whl";

const BUILD = `
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("drill_probe/__init__.py", "def double(x):\\n    return 2 * x\\n")
    z.writestr("drill_probe-1.0.0.dist-info/METADATA", "Metadata-Version: 2.1\\nName: drill-probe\\nVersion: 1.0.0\\n")
    z.writestr("drill_probe-1.0.0.dist-info/WHEEL", "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    z.writestr("drill_probe-1.0.0.dist-info/RECORD", "")
`;

/** Writes the wheel and pyodide-lock.json (Pyodide's plus drill-probe) into `dir`. */
export function writeProbePackages(dir: string, pyodideLock: string): void {
  const wheel = path.join(dir, PROBE_WHEEL);
  const r = spawnSync("python3", ["-c", BUILD, wheel], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not build the test wheel: ${r.stderr}`);
  const lock = JSON.parse(readFileSync(pyodideLock, "utf8"));
  lock.packages["drill-probe"] = {
    name: "drill-probe",
    version: "1.0.0",
    file_name: PROBE_WHEEL,
    install_dir: "site",
    sha256: createHash("sha256").update(readFileSync(wheel)).digest("hex"),
    package_type: "package",
    imports: ["drill_probe"],
    depends: [],
    unvendored_tests: false,
  };
  writeFileSync(path.join(dir, "pyodide-lock.json"), JSON.stringify(lock));
}
