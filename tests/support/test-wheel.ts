/** Builds tiny pure-Python wheels and a copy of Pyodide's lock file that lists them. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const PROBE_WHEEL = "drill_probe-1.0.0-py3-none-any.whl";
/** drill-probe-extra depends on drill-probe. */
export const EXTRA_WHEEL = "drill_probe_extra-1.0.0-py3-none-any.whl";

const BUILD = `
import sys, zipfile
wheel, module, name, source = sys.argv[1:5]
info = f"{module}-1.0.0.dist-info"
with zipfile.ZipFile(wheel, "w") as z:
    z.writestr(f"{module}/__init__.py", source)
    z.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\\nName: {name}\\nVersion: 1.0.0\\n")
    z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    z.writestr(f"{info}/RECORD", "")
`;

const PACKAGES = [
  {
    name: "drill-probe",
    module: "drill_probe",
    file: PROBE_WHEEL,
    depends: [],
    source: "def double(x):\n    return 2 * x\n",
  },
  {
    name: "drill-probe-extra",
    module: "drill_probe_extra",
    file: EXTRA_WHEEL,
    depends: ["drill-probe"],
    source: "from drill_probe import double\n\n\ndef triple(x):\n    return double(x) + x\n",
  },
];

/**
 * Writes the test wheels and pyodide-lock.json (Pyodide's plus the test packages) into `dir`.
 * With `onlyTestPackages` the lock lists nothing else, so "download everything" means these wheels.
 */
export function writeProbePackages(dir: string, pyodideLock: string, options: { onlyTestPackages?: boolean } = {}) {
  const lock = JSON.parse(readFileSync(pyodideLock, "utf8"));
  if (options.onlyTestPackages) lock.packages = {};
  for (const p of PACKAGES) {
    const wheel = path.join(dir, p.file);
    const r = spawnSync("python3", ["-c", BUILD, wheel, p.module, p.name, p.source], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`could not build the test wheel ${p.file}: ${r.stderr}`);
    lock.packages[p.name] = {
      name: p.name,
      version: "1.0.0",
      file_name: p.file,
      install_dir: "site",
      sha256: createHash("sha256").update(readFileSync(wheel)).digest("hex"),
      package_type: "package",
      imports: [p.module],
      depends: p.depends,
      unvendored_tests: false,
    };
  }
  writeFileSync(path.join(dir, "pyodide-lock.json"), JSON.stringify(lock));
}
