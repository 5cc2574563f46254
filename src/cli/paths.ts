/** Where things are in the repository, for the Node side. */

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const CHALLENGES_DIR = path.join(REPO_ROOT, "challenges");
export const HARNESS_DIR = path.join(REPO_ROOT, "src", "python");
export const PYODIDE_DIR = path.join(REPO_ROOT, "node_modules", "pyodide");
export const NATIVE_PYTHON = path.join(REPO_ROOT, ".venv", "bin", "python");
export const PYODIDE_VERSION = (
  JSON.parse(readFileSync(path.join(PYODIDE_DIR, "package.json"), "utf8")) as { version: string }
).version;
