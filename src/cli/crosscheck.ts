/** Run a challenge's crosscheck.py natively: the reference against scikit-learn on generated inputs. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Challenge } from "../domain/challenge";
import { HARNESS_DIR, NATIVE_PYTHON } from "./paths";

export function runCrosscheck(challenge: Challenge, python = NATIVE_PYTHON): string | null {
  if (!challenge.crosscheck) return null;
  if (!existsSync(python)) return `crosscheck.py needs native Python with scikit-learn: run "npm run setup:native"`;
  const r = spawnSync(python, ["-m", "drill.crosscheck"], {
    cwd: HARNESS_DIR,
    env: { ...process.env, PYTHONPATH: HARNESS_DIR, PYTHONDONTWRITEBYTECODE: "1" },
    input: JSON.stringify({
      solution: challenge.solution,
      crosscheck: challenge.crosscheck,
      entry: challenge.entry,
      file: "crosscheck.py",
    }),
    encoding: "utf8",
    timeout: 120_000,
  });
  try {
    const result = JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as { ok: boolean; message: string };
    return result.ok ? null : `crosscheck.py: ${result.message}`;
  } catch {
    return `crosscheck.py could not run: ${(r.stderr || r.error?.message || "no output").slice(-500)}`;
  }
}
