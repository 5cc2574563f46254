import { describe, expect, it } from "vitest";
import { availabilityMessage, drillAvailability } from "../../src/domain/availability";

describe("whether a drill can run now", () => {
  it("a drill without packages always can", () => {
    expect(drillAvailability([], { online: false, cached: {}, reachable: {} }).runnable).toBe(true);
  });

  it("offline, only with every package on this device", () => {
    const a = drillAvailability(["numpy", "pandas"], { online: false, cached: { numpy: true }, reachable: {} });
    expect(a).toEqual({ runnable: false, missing: ["pandas"], reason: "offline", problem: null });
    expect(availabilityMessage(a)).toMatch(/needs pandas, which is not on this device yet, and there is no connection/);
    const all = drillAvailability(["numpy"], { online: false, cached: { numpy: true }, reachable: {} });
    expect(all.runnable).toBe(true);
  });

  it("online, not when the host did not answer for a package that is not cached", () => {
    const blocked = drillAvailability(["numpy"], { online: true, cached: {}, reachable: { numpy: false } });
    expect(blocked).toMatchObject({ runnable: false, reason: "host-unreachable" });
    expect(availabilityMessage(blocked)).toContain("`npm run vendor-packages`");
    expect(
      drillAvailability(["numpy"], { online: true, cached: { numpy: true }, reachable: { numpy: false } }).runnable,
    ).toBe(true);
    expect(drillAvailability(["numpy"], { online: true, cached: {}, reachable: {} }).runnable).toBe(true);
  });

  it("says what the host did when the browser could tell (a host without CORS headers)", () => {
    const problem = "the package host refused cross-origin loading of https://cdn.example/numpy.whl";
    const a = drillAvailability(["numpy"], {
      online: true,
      cached: {},
      reachable: { numpy: false, pandas: false },
      hostProblems: { pandas: "another wheel", numpy: problem },
    });
    expect(availabilityMessage(a)).toContain(`cannot be used (${problem})`);
    expect(availabilityMessage(a)).not.toContain("does not answer");
  });
});
