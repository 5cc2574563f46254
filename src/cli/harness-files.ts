/** The Python harness's source files, read from disk for the Node hosts. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { HARNESS_DIR } from "./paths";

export function readHarnessFiles(): Record<string, string> {
  const dir = path.join(HARNESS_DIR, "drill");
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith(".py")) files[name] = readFileSync(path.join(dir, name), "utf8");
  }
  return files;
}
