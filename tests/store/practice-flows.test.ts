// Timer, final grading, mock interviews, availability and ratings through the store, with fakes.
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/catalog/catalog";
import { readFolder } from "../../src/cli/load-challenges";
import type { RunReport } from "../../src/domain/results";
import { createMemoryStorage } from "../../src/persistence/memory-storage";
import type { GradeJob } from "../../src/runner/protocol";
import type { RunnerState } from "../../src/runner/python-runner";
import { createAppStore } from "../../src/store/app-store";
import { noOffline, type OfflineClient } from "../../src/store/offline-client";
import { availabilityOf } from "../../src/store/offline-slice";
import type { RunnerClient } from "../../src/store/runner-client";
import { timerElapsed } from "../../src/store/timer-slice";

const DAY = 86_400_000;

class FakeRunner implements RunnerClient {
  state: RunnerState = "ready";
  detail = "";
  jobs: GradeJob[] = [];
  subscribe() {
    return () => {};
  }
  start() {
    return Promise.resolve();
  }
  async run(job: GradeJob): Promise<RunReport> {
    this.jobs.push(job);
    const ok = job.code.includes("return [seen");
    return {
      results: [
        { id: "case-1", name: "case 1", sample: true, status: ok ? "pass" : "fail", durationMs: 1, detailed: true },
      ],
      summary: { total: 1, passed: ok ? 1 : 0, failed: ok ? 0 : 1, errors: 0, timeouts: 0, durationMs: 1 },
      stopped: false,
      notices: [],
    };
  }
  stop() {}
}

const catalog = buildCatalog([
  readFolder("challenges/python/two-sum"),
  readFolder("challenges/python/merge-intervals"),
  readFolder("challenges/numpy/one-hot-encode"),
]);
const SOLVED = "def two_sum(nums, target):\n    seen = {}\n    return [seen]\n";
const settle = () => new Promise((r) => setTimeout(r, 5));

function setup(options: { offline?: OfflineClient; storage?: ReturnType<typeof createMemoryStorage> } = {}) {
  const runner = new FakeRunner();
  const storage = options.storage ?? createMemoryStorage();
  const clock = { now: 1_000_000_000, tick: (ms: number) => (clock.now += ms) };
  const store = createAppStore({
    catalog,
    runner,
    storage,
    offline: options.offline ?? noOffline,
    now: () => clock.now,
    draftSaveDelayMs: 0,
  });
  return { runner, storage, store, clock };
}

describe("the practice timer", () => {
  it("opening a drill before saved data is read keeps the stored time (the reload bug)", async () => {
    const storage = createMemoryStorage();
    const first = setup({ storage });
    await first.store.getState().loadSaved();
    first.store.getState().openTimer("two-sum");
    first.clock.tick(9_000);
    await settle();

    // a reload: a new store on the same storage, the page opens the drill before loadSaved finishes
    const second = setup({ storage });
    second.clock.now = first.clock.now + 2_000;
    second.store.getState().openTimer("two-sum");
    expect(storage.snapshot().timers["two-sum"]?.elapsedMs).toBe(0);
    await second.store.getState().loadSaved();
    const s = second.store.getState();
    expect(timerElapsed(s, "two-sum", second.clock.now)).toBe(11_000);
    second.store.getState().closeTimer("two-sum");
    first.store.getState().closeTimer("two-sum");
  });

  it("after a crash counts only up to the last sign of life", async () => {
    const storage = createMemoryStorage();
    await storage.saveTimer({ challengeId: "two-sum", elapsedMs: 60_000, runningSince: 1_000, heartbeatAt: 31_000 });
    const { store, clock } = setup({ storage });
    store.getState().openTimer("two-sum");
    await store.getState().loadSaved();
    expect(timerElapsed(store.getState(), "two-sum", clock.now)).toBe(90_000);
    store.getState().closeTimer("two-sum");
  });

  it("the attempt's time is the time spent on the drill", async () => {
    const { store, clock } = setup();
    await store.getState().loadSaved();
    store.getState().select("two-sum");
    store.getState().openTimer("two-sum");
    clock.tick(125_000);
    store.getState().setCode("two-sum", SOLVED);
    await store.getState().run("submit");
    expect(store.getState().progress["two-sum"]?.attempts[0]?.elapsedMs).toBe(125_000);
    store.getState().closeTimer("two-sum");
  });
});

describe("review ratings", () => {
  it("a clean solve is due in 14 days; rating it easy moves it to 30, and the rating is saved", async () => {
    const { store, storage, clock } = setup();
    await store.getState().loadSaved();
    store.getState().select("two-sum");
    store.getState().setCode("two-sum", SOLVED);
    await store.getState().run("submit");
    const at = clock.now;
    expect(((store.getState().progress["two-sum"]?.review?.dueAt ?? 0) - at) / DAY).toBe(14);
    store.getState().rateSolve("two-sum", "easy");
    expect(((store.getState().progress["two-sum"]?.review?.dueAt ?? 0) - at) / DAY).toBe(30);
    await settle();
    expect(storage.snapshot().progress["two-sum"]?.review?.rating).toBe("easy");
    const exported = JSON.parse(store.getState().exportProgress());
    expect(exported.progress["two-sum"].review).toMatchObject({ rating: "easy", intervalDays: 30 });
    const other = setup();
    expect((await other.store.getState().importProgress(store.getState().exportProgress())).ok).toBe(true);
    expect(other.store.getState().progress["two-sum"]?.review?.rating).toBe("easy");
  });
});

describe("time running out", () => {
  it("grades the code in the editor as the final submission, then ends the exam", async () => {
    const { store, runner, clock } = setup();
    await store.getState().loadSaved();
    store.getState().select("two-sum");
    store.getState().startExam("two-sum");
    store.getState().setCode("two-sum", SOLVED);
    clock.tick(16 * 60_000);
    store.getState().expireSessions();
    await settle();
    const session = store.getState().sessions[0];
    expect(runner.jobs.map((j) => j.mode)).toEqual(["submit"]);
    expect(session?.endedAt).not.toBeNull();
    expect(session?.results[0]).toMatchObject({ challengeId: "two-sum", solved: true });
    expect(store.getState().progress["two-sum"]?.attempts[0]).toMatchObject({ mode: "exam", solved: true });
    expect(store.getState().reportKind).toBe("submit");
  });

  it("does not grade again code that was already submitted", async () => {
    const { store, runner, clock } = setup();
    await store.getState().loadSaved();
    store.getState().select("two-sum");
    store.getState().startExam("two-sum");
    store.getState().setCode("two-sum", SOLVED);
    clock.tick(60_000);
    await store.getState().run("submit");
    clock.tick(16 * 60_000);
    store.getState().expireSessions();
    await settle();
    expect(runner.jobs).toHaveLength(1);
  });
});

describe("mock interviews and drills that cannot run", () => {
  const offline: OfflineClient = { ...noOffline, isOnline: () => false };

  it("offline, a mock interview only picks drills whose packages are on this device", async () => {
    const { store } = setup({ offline });
    for (let i = 0; i < 10; i++) {
      const s = store.getState().startMock({ tracks: [], difficulties: [], count: 3, durationMinutes: 30 });
      expect(s.challengeIds).not.toContain("one-hot-encode");
    }
    expect(availabilityOf(store.getState(), ["numpy"])).toMatchObject({ runnable: false, reason: "offline" });
    expect(() =>
      store.getState().startMock({ tracks: ["numpy"], difficulties: [], count: 1, durationMinutes: 30 }),
    ).toThrow(/can run now/);
  });

  it("online, a package host that does not answer marks the drills that need it, until a retry succeeds", async () => {
    let answers = false;
    const { store } = setup({
      offline: {
        ...noOffline,
        probePackageHost: async (pk) => ({
          reachable: Object.fromEntries(pk.map((p) => [p, answers])),
          problems: {},
        }),
      },
    });
    await store.getState().checkPackageHost();
    expect(availabilityOf(store.getState(), ["numpy"])).toMatchObject({ runnable: false, reason: "host-unreachable" });
    expect(availabilityOf(store.getState(), [])).toMatchObject({ runnable: true });
    answers = true;
    await store.getState().checkPackageHost();
    expect(availabilityOf(store.getState(), ["numpy"]).runnable).toBe(true);
  });

  it("moves back and forth between the drills of a mock interview", () => {
    const { store } = setup();
    const s = store.getState().startMock({ tracks: ["python"], difficulties: [], count: 2, durationMinutes: 30 });
    store.getState().goToSessionDrill(s.id, 1);
    expect(store.getState().sessions[0]?.current).toBe(1);
    store.getState().goToSessionDrill(s.id, 0);
    expect(store.getState().sessions[0]?.current).toBe(0);
  });
});
