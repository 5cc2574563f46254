/** Run a challenge's crosscheck.py natively: the reference against scikit-learn on generated inputs. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type { Challenge } from "../domain/challenge";
import { HARNESS_DIR, NATIVE_PYTHON } from "./paths";

const CROSSCHECK_TIMEOUT_MS = 120_000;

/** null when the reference agrees, else the problem. Asynchronous, so grading goes on meanwhile. */
export async function runCrosscheck(challenge: Challenge, python = NATIVE_PYTHON): Promise<string | null> {
  if (!challenge.crosscheck) return null;
  if (!existsSync(python)) return `crosscheck.py needs native Python with scikit-learn: run "npm run setup:native"`;
  const input = JSON.stringify({
    solution: challenge.solution,
    crosscheck: challenge.crosscheck,
    entry: challenge.entry,
    file: "crosscheck.py",
  });
  const r = await new Promise<{ stdout: string; stderr: string; error?: string }>((resolve) => {
    const child = spawn(python, ["-m", "drill.crosscheck"], {
      cwd: HARNESS_DIR,
      env: { ...process.env, PYTHONPATH: HARNESS_DIR, PYTHONDONTWRITEBYTECODE: "1" },
      stdio: ["pipe", "pipe", "pipe"],
      timeout: CROSSCHECK_TIMEOUT_MS,
      killSignal: "SIGKILL",
    });
    let stdout = "";
    let stderr = "";
    let error: string | undefined;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdin.on("error", () => {});
    child.stdin.end(input);
    child.on("error", (e) => (error = e.message));
    child.on("close", (_code, signal) => {
      if (signal === "SIGKILL" && !error) error = `stopped after ${CROSSCHECK_TIMEOUT_MS / 1000} s`;
      resolve({ stdout, stderr, ...(error ? { error } : {}) });
    });
  });
  try {
    const result = JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as { ok: boolean; message: string };
    return result.ok ? null : `crosscheck.py: ${result.message}`;
  } catch {
    return `crosscheck.py could not run: ${(r.stderr || r.error || "no output").slice(-500)}`;
  }
}
