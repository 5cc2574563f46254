/**
 * Jedi and parso for tests. Pyodide pins jedi 0.19.2 / parso 0.8.6, which this machine's registries
 * do not have; the local pip mirror has the same pure-Python packages in other versions. They are
 * downloaded once, then listed in a copy of Pyodide's lock with their SHA-256, so Pyodide checks
 * them as it checks any wheel.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CACHE = path.join(tmpdir(), "drill-test-jedi-wheels");
const PACKAGES = [
  { name: "jedi", depends: ["parso"] },
  { name: "parso", depends: [] as string[] },
];

function downloaded(): Record<string, string> {
  const find = () =>
    Object.fromEntries(
      PACKAGES.map((p) => [p.name, readdirSync(CACHE).find((f) => f.startsWith(`${p.name}-`) && f.endsWith(".whl"))]),
    );
  mkdirSync(CACHE, { recursive: true });
  let found = find();
  if (Object.values(found).some((f) => !f)) {
    execFileSync("python3", ["-m", "pip", "download", "--no-deps", "-d", CACHE, ...PACKAGES.map((p) => p.name)], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, PIP_RETRIES: "0" },
    });
    found = find();
  }
  for (const [name, file] of Object.entries(found)) if (!file) throw new Error(`pip could not download ${name}`);
  return found as Record<string, string>;
}

/**
 * Copies the jedi and parso wheels into `dir` and writes `dir`/pyodide-lock.json: the lock at
 * `lockPath` (default: Pyodide's) with jedi and parso pointing at them.
 */
export function writeJediPackages(dir: string, lockPath = "node_modules/pyodide/pyodide-lock.json"): void {
  const wheels = downloaded();
  const lock = JSON.parse(
    readFileSync(
      existsSync(path.join(dir, "pyodide-lock.json")) ? path.join(dir, "pyodide-lock.json") : lockPath,
      "utf8",
    ),
  );
  for (const p of PACKAGES) {
    const file = wheels[p.name] as string;
    copyFileSync(path.join(CACHE, file), path.join(dir, file));
    lock.packages[p.name] = {
      name: p.name,
      version: file.split("-")[1],
      file_name: file,
      install_dir: "site",
      sha256: createHash("sha256")
        .update(readFileSync(path.join(dir, file)))
        .digest("hex"),
      package_type: "package",
      imports: [p.name],
      depends: p.depends,
      unvendored_tests: false,
    };
  }
  writeFileSync(path.join(dir, "pyodide-lock.json"), JSON.stringify(lock));
}
