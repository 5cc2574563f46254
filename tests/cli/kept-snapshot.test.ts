// The CLI keeps the warmed-up interpreter's snapshot on disk so the next process restores it
// instead of booting from scratch; a torn, edited or unrestorable file only costs a full boot.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { keepSnapshot, readKeptSnapshot, sha256Hex } from "../../src/cli/kept-snapshot";
import { pyodideThreadFactory } from "../../src/cli/node-pyodide-port";
import { PYODIDE_DIR } from "../../src/cli/paths";
import { PythonRunner } from "../../src/runner/python-runner";
import { grade, py } from "../support/grading";

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), "drill-kept-")), "snapshot.bin");

const SUM = {
  entry: "add",
  tests: py`
    from drill import case
    CASES = [case(1, 2, sample=True), case(-5, 3, name="negative")]
  `,
  reference: "def add(a, b):\n    return a + b\n",
  code: "def add(a, b):\n    return a + b\n",
};

async function gradeOnce(file: string) {
  const runner = new PythonRunner(pyodideThreadFactory({ keptSnapshotFile: file }), { indexURL: `${PYODIDE_DIR}/` });
  void runner.start();
  try {
    const report = await grade(runner, SUM);
    return { passed: report.summary.passed, fromSnapshot: runner.bootedFromSnapshot };
  } finally {
    runner.dispose();
  }
}

describe("the kept snapshot file", () => {
  it("reads back what was kept, and ignores a file that is missing, torn or edited", () => {
    const file = tempFile();
    expect(readKeptSnapshot(file)).toBeNull();
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    keepSnapshot({ key: "k", bytes, sha256: sha256Hex(bytes) }, file);
    expect(readKeptSnapshot(file)).toEqual({ key: "k", bytes, sha256: sha256Hex(bytes) });
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 1));
    expect(readKeptSnapshot(file)).toBeNull();
    const edited = Buffer.from(whole);
    edited[edited.length - 1] = 9;
    writeFileSync(file, edited);
    expect(readKeptSnapshot(file)).toBeNull();
    writeFileSync(file, "not a header");
    expect(readKeptSnapshot(file)).toBeNull();
  });

  it("lets the next process restore instead of booting; an unrestorable one is replaced, and grading is unchanged", async () => {
    const file = tempFile();
    const first = await gradeOnce(file);
    expect(first).toEqual({ passed: 2, fromSnapshot: false });
    const kept = readKeptSnapshot(file);
    expect(kept?.key).toMatch(/^node-pyodide-/);
    expect(await gradeOnce(file)).toEqual({ passed: 2, fromSnapshot: true });

    // bytes that hash right but are no interpreter: a full boot, the same verdict, a good file again
    const junk = new Uint8Array(4096).fill(7);
    keepSnapshot({ key: kept?.key ?? "", bytes: junk, sha256: sha256Hex(junk) }, file);
    expect(await gradeOnce(file)).toEqual({ passed: 2, fromSnapshot: false });
    expect(readKeptSnapshot(file)?.sha256).not.toBe(sha256Hex(junk));
    expect(await gradeOnce(file)).toEqual({ passed: 2, fromSnapshot: true });
  }, 120_000);
});
