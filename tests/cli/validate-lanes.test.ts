// drill validate's lanes: challenges validated side by side are still reported in the catalogue's
// order, each lane has Pythons of its own, and a failure in one lane stops them all.
import { describe, expect, it } from "vitest";
import type { Runtimes } from "../../src/cli/runtimes";
import type { Validation } from "../../src/cli/validate";
import { laneCount, validateInLanes } from "../../src/cli/validate-lanes";
import type { Challenge } from "../../src/domain/challenge";

const challenges = ["slow", "fast", "medium", "quick"].map((id) => ({ id }) as Challenge);

function fakeRuntimes(made: { disposed: boolean; used: string[] }[]): () => Runtimes {
  return () => {
    const lane = { disposed: false, used: [] as string[] };
    made.push(lane);
    return {
      dispose: () => {
        lane.disposed = true;
      },
      lane,
    } as unknown as Runtimes;
  };
}

/** "slow" finishes only once every other challenge has: no clock involved. */
function fakeValidator() {
  let othersDone = 0;
  let release: () => void = () => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  return async (c: Challenge, runtimes: Runtimes): Promise<Validation> => {
    const lane = (runtimes as unknown as { lane: { used: string[]; disposed: boolean } }).lane;
    expect(lane.disposed).toBe(false);
    lane.used.push(c.id);
    if (c.id === "slow" && challenges.length > 1 && lane.used.length === 1) await released;
    else if (++othersDone === challenges.length - 1) release();
    await Promise.resolve();
    return { id: c.id, ok: true } as Validation;
  };
}

describe("validate lanes", () => {
  it("reports in the challenges' order although later ones finish first", async () => {
    const made: { disposed: boolean; used: string[] }[] = [];
    const reported: string[] = [];
    const results = await validateInLanes(challenges, {
      lanes: 2,
      runtimes: fakeRuntimes(made),
      validate: fakeValidator(),
      onResult: (v, i) => reported.push(`${i}:${v.id}`),
    });
    expect(reported).toEqual(["0:slow", "1:fast", "2:medium", "3:quick"]);
    expect(results.map((v) => v.id)).toEqual(["slow", "fast", "medium", "quick"]);
    // two lanes, each with Pythons of its own, all disposed; every challenge validated exactly once
    expect(made).toHaveLength(2);
    expect(made.every((l) => l.disposed)).toBe(true);
    expect(made.flatMap((l) => l.used).sort()).toEqual(["fast", "medium", "quick", "slow"]);
    // the slow one held up only its own lane: the other lane took the rest
    expect(made.find((l) => l.used.includes("slow"))?.used).toEqual(["slow"]);
  });

  it("uses no more lanes than challenges, and one lane validates in order", async () => {
    const made: { disposed: boolean; used: string[] }[] = [];
    await validateInLanes(challenges.slice(1, 2), {
      lanes: 4,
      runtimes: fakeRuntimes(made),
      validate: fakeValidator(),
    });
    expect(made).toHaveLength(1);
    const one: { disposed: boolean; used: string[] }[] = [];
    await validateInLanes(challenges.slice(1), { lanes: 1, runtimes: fakeRuntimes(one), validate: fakeValidator() });
    expect(one[0]?.used).toEqual(["fast", "medium", "quick"]);
  });

  it("stops every lane and rethrows when a validation throws (a bad packages folder)", async () => {
    const made: { disposed: boolean; used: string[] }[] = [];
    const validated: string[] = [];
    const failing = async (c: Challenge) => {
      validated.push(c.id);
      if (c.id === "fast") throw new Error("bad wheel");
      // the other lane is still busy when the failure comes: it takes nothing more afterwards
      await new Promise((r) => setImmediate(r));
      return { id: c.id, ok: true } as Validation;
    };
    await expect(
      validateInLanes(challenges, { lanes: 2, runtimes: fakeRuntimes(made), validate: failing }),
    ).rejects.toThrow("bad wheel");
    expect(made.every((l) => l.disposed)).toBe(true);
    expect(made).toHaveLength(2);
    expect(validated).toEqual(["slow", "fast"]);
  });

  it("takes DRILL_JOBS when it is a positive integer, else one lane per core up to four", () => {
    expect(laneCount({ DRILL_JOBS: "3" }, 2)).toBe(3);
    expect(laneCount({ DRILL_JOBS: "0" }, 2)).toBe(2);
    expect(laneCount({ DRILL_JOBS: "many" }, 1)).toBe(1);
    expect(laneCount({}, 16)).toBe(4);
  });
});
