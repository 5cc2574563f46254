// A spare worker readies its drill's packages before it says it is booted (before any candidate
// code), so the run that takes it does not load them. Pyodide under Node, with Jedi's wheels (the
// only Pyodide packages this machine can get) from a local folder checked by a copy of the lock.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadPyodide } from "pyodide";
import { describe, expect, it } from "vitest";
import { readHarnessFiles } from "../../src/cli/harness-files";
import { PYODIDE_DIR } from "../../src/cli/paths";
import type { WorkerMessage } from "../../src/runner/protocol";
import { PythonSession } from "../../src/runner/python-session";
import { inlineJob } from "../support/grading";
import { writeJediPackages } from "../support/jedi-wheels";

describe("a spare worker's packages", () => {
  it("are loaded and imported before the worker says it is booted, and the run loads nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "drill-spare-packages-"));
    writeJediPackages(dir);
    const messages: WorkerMessage[] = [];
    const session = new PythonSession(loadPyodide, readHarnessFiles(), (m) => messages.push(m));
    await session.boot(
      {
        indexURL: `${PYODIDE_DIR}/`,
        lockFileURL: path.join(dir, "pyodide-lock.json"),
        packageCacheDir: dir,
        preload: ["jedi"],
      },
      null,
    );
    const booted = messages.find((m) => m.type === "booted");
    expect(booted?.type === "booted" && booted.phases?.packages).toBeGreaterThan(0);
    const job = inlineJob({
      tests: "from drill import case\nCASES = [case(sample=True)]\n",
      reference: "def solve():\n    return 'jedi'\n",
      code: "import jedi\ndef solve():\n    return 'jedi'\n",
      packages: ["jedi"],
      mode: "run",
    });
    await session.run("r1", job);
    expect(messages.filter((m) => m.type === "packages-loading")).toEqual([]);
    const finished = messages.find((m) => m.type === "test-finished");
    expect(finished?.type === "test-finished" && finished.result.status).toBe("pass");
    // and this interpreter grades no second run
    await session.run("r2", job);
    expect(messages.at(-1)).toMatchObject({ type: "fatal", runId: "r2" });
  }, 120_000);
});
