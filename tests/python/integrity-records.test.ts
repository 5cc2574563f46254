// drill/integrity.py's records of plain data (lists, dicts and sets of numbers and strings, kept by
// content as marshal's bytes): every change in place is found, impostors that compare equal
// included, and nothing that leaves the data as it was counts as a change. Pyodide under Node.
import { loadPyodide, type PyodideAPI } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { readHarnessFiles } from "../../src/cli/harness-files";
import { PYODIDE_DIR } from "../../src/cli/paths";

let py: PyodideAPI;

beforeAll(async () => {
  py = await loadPyodide({ indexURL: `${PYODIDE_DIR}/` });
  py.FS.mkdirTree("/harness/drill");
  for (const [name, text] of Object.entries(readHarnessFiles())) py.FS.writeFile(`/harness/drill/${name}`, text);
  py.runPython("import sys; sys.path.insert(0, '/harness'); import drill.integrity");
}, 120_000);

/** Records DATA (built by `setup`), runs `edit`, and returns what changed() says: null when nothing. */
function changedAfter(setup: string, edit: string): string | null {
  const result = py.runPython(`
from drill import integrity
ns = {}
exec(${JSON.stringify(setup)}, ns)
records = []
integrity._walk([ns["DATA"]], "tests", records, set())
record = ((), (), (), (), tuple(records))
kinds = {kind for _, kind, _ in records}
exec(${JSON.stringify(edit)}, ns)
integrity.changed(record), sorted(kinds)
`) as { toJs(): [string | undefined, string[]]; destroy(): void };
  const [change, kinds] = result.toJs();
  result.destroy();
  expect(kinds).toContain("flat");
  return change ?? null;
}

const BIG = "DATA = {'xs': list(range(200_000)), 'ys': [0.5, float('nan'), 'a', None, True, 2j], 's': {1, 2}}";

describe("records of plain data", () => {
  it("find a change in place anywhere in a large list, dict or set", () => {
    expect(changedAfter(BIG, "DATA['xs'][199_999] = -1")).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['xs'].append(1)")).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['ys'][0] = 0.25")).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['s'].add(3)")).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['ys'][2] = 'b'")).toMatch(/changed/);
  });

  it("find impostors that compare equal: a subclass that lies, True for 1, 1.0 for 1, bytes for str", () => {
    const liar = "class Int(int):\n    def __eq__(self, o): return True\n    __hash__ = int.__hash__\n";
    expect(changedAfter(BIG, `${liar}DATA['xs'][5] = Int(5)`)).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['xs'][1] = True")).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['xs'][1] = 1.0")).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['ys'][2] = b'a'")).toMatch(/changed/);
    const buffer = "class B:\n    def __buffer__(self, flags): return memoryview(b'a')\n";
    expect(changedAfter(BIG, `${buffer}DATA['ys'][2] = B()`)).toMatch(/changed/);
    expect(changedAfter(BIG, "DATA['xs'][3] = [3]")).toMatch(/changed/);
  });

  it("count nothing as a change that leaves the data as it was", () => {
    expect(changedAfter(BIG, "")).toBeNull();
    // reading, copying, interning a string and taking new references change nothing
    expect(
      changedAfter(BIG, "import sys, copy\nkeep = copy.deepcopy(DATA); sys.intern(DATA['ys'][2]); DATA['xs'][7]"),
    ).toBeNull();
    // the same value put back (a new int object of the same value)
    expect(changedAfter(BIG, "DATA['xs'][150_000] = int('150000')")).toBeNull();
  });
});
