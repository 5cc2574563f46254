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

export function readLock(lockPath = path.join(PYODIDE_DIR, "pyodide-lock.json")): Record<string, LockPackage> {
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

/**
 * Check that `dir` holds every wheel the packages need, each with the lock file's SHA-256.
 * Returns the names of the verified wheels; throws PackagesDirError naming each problem.
 */
export function verifyPackagesDir(dir: string, packages: string[], lock = readLock()): string[] {
  if (!existsSync(dir)) throw new PackagesDirError(`packages folder not found: ${dir}`);
  const problems: string[] = [];
  const files: string[] = [];
  for (const name of withDependencies(packages, lock)) {
    const pkg = lock[name] as LockPackage;
    const file = path.join(dir, path.basename(pkg.file_name));
    if (!existsSync(file)) {
      problems.push(`${path.basename(pkg.file_name)}: missing (needed for ${name})`);
      continue;
    }
    const actual = createHash("sha256").update(readFileSync(file)).digest("hex");
    if (actual !== pkg.sha256) {
      problems.push(
        `${path.basename(pkg.file_name)}: SHA-256 mismatch (pyodide-lock.json has ${pkg.sha256}, the file has ${actual}); refusing it`,
      );
      continue;
    }
    files.push(path.basename(pkg.file_name));
  }
  if (problems.length) throw new PackagesDirError(`packages folder ${dir}:\n  ${problems.join("\n  ")}`);
  return files;
}
