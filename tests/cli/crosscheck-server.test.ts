// drill validate's crosschecks: one server per lane, one forked child per crosscheck, so a
// crosscheck that changes a library's state leaves the next one untouched, and one that crashes
// or hangs is reported and does not stop the next.
import { afterAll, describe, expect, it } from "vitest";
import { CrosscheckServer } from "../../src/cli/crosscheck";
import type { Challenge } from "../../src/domain/challenge";

const SOLUTION = "import numpy as np\n\ndef mean(xs):\n    return float(np.mean(xs))\n";
const drill = (crosscheck: string, solution = SOLUTION) =>
  ({ id: "mean", entry: "mean", solution, crosscheck }) as unknown as Challenge;

const AGREES = `import numpy as np

def crosscheck(mean, rng):
    for trial in range(20):
        xs = rng.normal(size=int(rng.integers(1, 50)))
        assert abs(mean(list(xs)) - float(np.mean(xs))) < 1e-12, f"trial {trial}: differs"
`;
const TAMPERS = `import numpy as np
import sklearn

def crosscheck(mean, rng):
    np.mean = lambda xs: 42.0
    sklearn.tampered = True
`;
const SEES_CLEAN = `import numpy as np
import sklearn

def crosscheck(mean, rng):
    assert not hasattr(sklearn, "tampered"), "saw another crosscheck's change to sklearn"
    assert np.mean([1.0, 3.0]) == 2.0, "saw another crosscheck's np.mean"
`;

const server = new CrosscheckServer(undefined, 8_000);
afterAll(() => server.dispose());

describe("crosscheck server", { timeout: 120_000 }, () => {
  it("says nothing when the reference agrees and names the disagreement when it does not", async () => {
    expect(await server.check(drill(AGREES))).toBeNull();
    const wrong = "def mean(xs):\n    return sum(xs) / (len(xs) + 1)\n";
    expect(await server.check(drill(AGREES, wrong))).toMatch(/^crosscheck\.py: trial 0: differs$/);
  });

  it("keeps one crosscheck's changes to libraries from the next", async () => {
    expect(await server.check(drill(TAMPERS))).toBeNull();
    expect(await server.check(drill(SEES_CLEAN))).toBeNull();
  });

  it("reports a crosscheck that exits or hangs, and runs the next one normally", async () => {
    const exits = "import os\n\ndef crosscheck(mean, rng):\n    os._exit(3)\n";
    expect(await server.check(drill(exits))).toMatch(/^crosscheck\.py could not run/);
    const hangs = "def crosscheck(mean, rng):\n    while True:\n        pass\n";
    expect(await server.check(drill(hangs))).toBe("crosscheck.py could not run: stopped after 8 s");
    expect(await server.check(drill(AGREES))).toBeNull();
  });

  it("has nothing to check for a drill without crosscheck.py", async () => {
    expect(await server.check({ id: "x" } as Challenge)).toBeNull();
  });
});
