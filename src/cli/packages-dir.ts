/** A folder of Pyodide wheels, checked file by file against the pinned pyodide-lock.json. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PYODIDE_DIR } from "./paths";

interface LockPackage {
  name: string;
  file_name: string;
  sha256: string;
  depends: string[];
}

export class PackagesDirError extends Error {}

export function readLock(lockPath: string = path.join(PYODIDE_DIR, "pyodide-lock.json")): Record<string, LockPackage> {
  const lock = JSON.parse(readFileSync(lockPath, "utf8")) as { packages: Record<string, LockPackage> };
  return lock.packages;
}

/** The packages and all their dependencies, by lock-file name. */
export function withDependencies(names: string[], lock: Record<string, LockPackage>): string[] {
  const out = new Set<string>();
  const visit = (name: string) => {
    const key = name.toLowerCase();
    if (out.has(key)) return;
    const pkg = lock[key];
    if (!pkg) throw new PackagesDirError(`"${name}" is not in Pyodide's pyodide-lock.json`);
    out.add(key);
    for (const dep of pkg.depends) visit(dep);
  };
  for (const n of names) visit(n);
  return [...out].sort();
}

export interface PackagesCheck {
  /** Wheels present with the pinned SHA-256. */
  verified: string[];
  /** Wheels the packages need that the folder does not have. */
  missing: string[];
}

/**
 * Check the wheels in `dir` that the packages (and their dependencies) need against the lock
 * file's SHA-256. A wheel with another hash is refused: PackagesDirError names every one.
 */
export function verifyPackagesDir(dir: string, packages: string[], lock = readLock()): PackagesCheck {
  if (!existsSync(dir)) throw new PackagesDirError(`packages folder not found: ${dir}`);
  const mismatches: string[] = [];
  const result: PackagesCheck = { verified: [], missing: [] };
  for (const name of withDependencies(packages, lock)) {
    const pkg = lock[name] as LockPackage;
    const wheel = path.basename(pkg.file_name);
    const file = path.join(dir, wheel);
    if (!existsSync(file)) {
      result.missing.push(wheel);
      continue;
    }
    const actual = createHash("sha256").update(readFileSync(file)).digest("hex");
    if (actual !== pkg.sha256) {
      mismatches.push(`${wheel}: SHA-256 mismatch (pyodide-lock.json has ${pkg.sha256}, the file has ${actual})`);
      continue;
    }
    result.verified.push(wheel);
  }
  if (mismatches.length) throw new PackagesDirError(`refusing packages folder ${dir}:\n  ${mismatches.join("\n  ")}`);
  return result;
}
