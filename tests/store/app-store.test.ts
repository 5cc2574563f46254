// The store drives runs and progress through injected parts: a fake runner, memory storage, a fake clock.
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/catalog/catalog";
import { readFolder } from "../../src/cli/load-challenges";
import type { RunReport, TestResult } from "../../src/domain/results";
import { createMemoryStorage } from "../../src/persistence/memory-storage";
import type { GradeJob } from "../../src/runner/protocol";
import type { RunEvents, RunnerState } from "../../src/runner/python-runner";
import { createAppStore } from "../../src/store/app-store";
import type { RunnerClient } from "../../src/store/runner-client";

const DAY = 86_400_000;

class FakeRunner implements RunnerClient {
  state: RunnerState = "booting";
  detail = "";
  jobs: GradeJob[] = [];
  passing = true;
  stopped = 0;
  private listener: (s: RunnerState, d: string) => void = () => {};
  subscribe(l: (s: RunnerState, d: string) => void) {
    this.listener = l;
    return () => {};
  }
  set(state: RunnerState) {
    this.state = state;
    this.listener(state, "");
  }
  start() {
    return Promise.resolve();
  }
  async run(job: GradeJob, events?: RunEvents): Promise<RunReport> {
    this.jobs.push(job);
    if (job.mode === "custom") {
      return {
        results: [],
        summary: { total: 0, passed: 0, failed: 0, errors: 0, timeouts: 0, durationMs: 1 },
        stopped: false,
        notices: [],
        custom: { expression: job.customInput ?? "", expected: "[0, 1]", actual: "[0, 1]", matches: true },
      };
    }
    const status = this.passing ? ("pass" as const) : ("fail" as const);
    const results: TestResult[] = [
      { id: "case-1", name: "case 1", sample: true, status, durationMs: 1, detailed: true },
      { id: "case-2", name: "case 2", sample: false, status: "pass", durationMs: 1, detailed: false },
    ];
    events?.onOutput?.("case-1", "stdout", "hello\n");
    for (const r of results) events?.onTestFinished?.(r);
    const passed = results.filter((r) => r.status === "pass").length;
    return {
      results,
      summary: { total: 2, passed, failed: 2 - passed, errors: 0, timeouts: 0, durationMs: 1 },
      stopped: false,
      notices: [],
    };
  }
  stop() {
    this.stopped += 1;
  }
}

const catalog = buildCatalog([readFolder("challenges/python/two-sum")]);
const starter = catalog.challenges[0]?.starter as string;

function setup(initialNow = 1_000_000) {
  const runner = new FakeRunner();
  const storage = createMemoryStorage();
  let now = initialNow;
  const clock = { tick: (ms: number) => (now += ms) };
  const store = createAppStore({ catalog, runner, storage, now: () => now, draftSaveDelayMs: 0 });
  store.getState().select("two-sum");
  return { runner, storage, store, clock };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

describe("app store", () => {
  it("follows the runner's state", () => {
    const { runner, store } = setup();
    expect(store.getState().python.state).toBe("booting");
    runner.set("ready");
    expect(store.getState().python.state).toBe("ready");
  });

  it("grades the draft and saves it, with the report and output kept", async () => {
    const { runner, storage, store } = setup();
    store.getState().setCode("two-sum", "def two_sum(nums, target):\n    return [0, 1]\n");
    await store.getState().run("run");
    expect(runner.jobs[0]).toMatchObject({ mode: "run", code: "def two_sum(nums, target):\n    return [0, 1]\n" });
    expect(store.getState().report?.summary.passed).toBe(2);
    expect(store.getState().output).toBe("hello\n");
    await settle();
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("def two_sum(nums, target):\n    return [0, 1]\n");
  });

  it("records a Submit as an attempt with time and hints, and a solve sets status and best time", async () => {
    const { store, clock, storage } = setup();
    store.getState().startTimer("two-sum");
    store.getState().openHint("two-sum", 1);
    clock.tick(5 * 60_000);
    await store.getState().run("submit");
    const p = store.getState().progress["two-sum"];
    expect(p?.status).toBe("solved");
    expect(p?.attempts[0]).toMatchObject({ passed: 2, total: 2, solved: true, hintsUsed: 1, elapsedMs: 300_000 });
    // solved with a hint: back in 3 days (a clean first solve would wait 14)
    expect(p?.review?.dueAt).toBe(1_000_000 + 300_000 + 3 * DAY);
    expect(storage.snapshot().progress["two-sum"]?.attempts).toHaveLength(1);
    expect(store.getState().timers["two-sum"]?.runningSince).toBeNull();
  });

  it("Run does not count as an attempt; a failing Submit marks the drill attempted", async () => {
    const { store, runner } = setup();
    runner.passing = false;
    await store.getState().run("run");
    expect(store.getState().progress["two-sum"]).toBeUndefined();
    await store.getState().run("submit");
    expect(store.getState().progress["two-sum"]?.status).toBe("attempted");
  });

  it("reset to starter can be undone", () => {
    const { store } = setup();
    store.getState().setCode("two-sum", "mine");
    store.getState().resetToStarter("two-sum", starter);
    expect(store.getState().drafts["two-sum"]?.code).toBe(starter);
    store.getState().undoReset();
    expect(store.getState().drafts["two-sum"]?.code).toBe("mine");
  });

  it("keeps custom inputs with the draft and shows the custom answer", async () => {
    const { store, runner } = setup();
    store.getState().addCustomInput("two-sum", "two_sum([3, 3], 6)", starter);
    await store.getState().runCustom("two_sum([3, 3], 6)");
    expect(runner.jobs[0]).toMatchObject({ mode: "custom", customInput: "two_sum([3, 3], 6)" });
    expect(store.getState().custom?.matches).toBe(true);
    expect(store.getState().drafts["two-sum"]?.customInputs).toEqual(["two_sum([3, 3], 6)"]);
  });

  it("shows a conflict when another tab saved the same draft, and keeps the chosen side", async () => {
    const { store, storage } = setup();
    store.getState().setCode("two-sum", "first");
    await settle();
    const rev = storage.snapshot().drafts["two-sum"]?.rev ?? 0;
    await storage.saveDraft({ challengeId: "two-sum", code: "other tab", customInputs: [], updatedAt: 5, rev }, rev);
    store.getState().setCode("two-sum", "this tab");
    await settle();
    expect(store.getState().draftConflict).toMatchObject({ mine: { code: "this tab" }, theirs: { code: "other tab" } });
    await store.getState().resolveConflict("mine");
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("this tab");
  });

  it("keeps typing that goes on while an earlier save is still finishing: no conflict with itself, nothing lost", async () => {
    const storage = createMemoryStorage();
    const save = storage.saveDraft;
    // as in IndexedDB, the write lands before the page hears that it did
    storage.saveDraft = async (draft, rev) => {
      const saved = await save(draft, rev);
      await new Promise((r) => setTimeout(r, 30));
      return saved;
    };
    const store = createAppStore({ catalog, runner: new FakeRunner(), storage, draftSaveDelayMs: 0 });
    store.getState().setCode("two-sum", "first");
    await settle();
    store.getState().setCode("two-sum", "second");
    await settle();
    store.getState().setCode("two-sum", "third");
    await new Promise((r) => setTimeout(r, 150));
    expect(store.getState().draftConflict).toBeNull();
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("third");
    expect(store.getState().pendingDrafts).toEqual([]);
  });

  it("an exam hides nothing from the record: the last submission counts and time up makes it read-only", async () => {
    const { store, clock } = setup();
    const exam = store.getState().startExam("two-sum");
    expect(exam?.durationMs).toBe(15 * 60_000);
    await store.getState().run("submit");
    expect(store.getState().sessions[0]?.results[0]).toMatchObject({ passed: 2, total: 2, solved: true });
    clock.tick(16 * 60_000);
    store.getState().expireSessions();
    await settle();
    expect(store.getState().sessions[0]?.endedAt).not.toBeNull();
    const before = (store.getState().progress["two-sum"]?.attempts ?? []).length;
    await store.getState().run("submit");
    expect(store.getState().progress["two-sum"]?.attempts).toHaveLength(before);
  });

  it("refuses a broken import file and changes nothing; a good one merges", async () => {
    const { store, clock } = setup();
    await store.getState().run("submit");
    const exported = store.getState().exportProgress();
    const before = store.getState().progress;
    const bad = await store.getState().importProgress('{"format": "something else"}');
    expect(bad.ok).toBe(false);
    expect(store.getState().progress).toBe(before);
    const fresh = setup();
    clock.tick(1);
    const good = await fresh.store.getState().importProgress(exported);
    expect(good.ok).toBe(true);
    expect(fresh.store.getState().progress["two-sum"]?.attempts).toHaveLength(1);
    expect(fresh.storage.snapshot().progress["two-sum"]?.status).toBe("solved");
  });

  it("an import never replaces this device's draft: a newer or future-dated one becomes a conflict to settle", async () => {
    const { store, storage } = setup();
    store.getState().setCode("two-sum", "typed here");
    await settle();
    const file = JSON.parse(store.getState().exportProgress());
    file.drafts["two-sum"] = { ...file.drafts["two-sum"], code: "from the file", updatedAt: Date.UTC(2199, 0, 1) };
    file.progress["gone-drill"] = {
      challengeId: "gone-drill",
      status: "solved",
      bestTimeMs: 1,
      attempts: [],
      hintsUsed: 0,
      revealed: false,
      review: null,
      updatedAt: 1,
    };
    const outcome = await store.getState().importProgress(JSON.stringify(file));
    expect(outcome.ok && outcome.message).toMatch(/1 draft in the file differ.*\(two-sum\): both are kept/);
    expect(outcome.ok && outcome.message).toMatch(/Kept but not counted: gone-drill/);
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("typed here");
    expect(store.getState().drafts["two-sum"]?.code).toBe("typed here");
    expect(store.getState().importConflicts).toMatchObject([
      { challengeId: "two-sum", source: "import", mine: { code: "typed here" }, theirs: { code: "from the file" } },
    ]);
    expect(storage.snapshot().progress["gone-drill"]?.status).toBe("solved");
    await store.getState().resolveConflict("theirs", "two-sum");
    expect(store.getState().importConflicts).toEqual([]);
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("from the file");
  });

  it("an import's draft conflict outlives a reload, offers both versions, and once resolved stays resolved", async () => {
    const { store, storage } = setup();
    store.getState().setCode("two-sum", "typed here");
    await settle();
    const file = JSON.parse(store.getState().exportProgress());
    file.drafts["two-sum"] = { ...file.drafts["two-sum"], code: "from the file", updatedAt: Date.UTC(2199, 0, 1) };
    await store.getState().importProgress(JSON.stringify(file));
    const reload = async () => {
      const page = createAppStore({ catalog, runner: new FakeRunner(), storage, draftSaveDelayMs: 0 });
      await page.getState().loadSaved();
      return page;
    };
    const reloaded = await reload();
    expect(reloaded.getState().drafts["two-sum"]?.code).toBe("typed here");
    expect(reloaded.getState().importConflicts).toMatchObject([
      { challengeId: "two-sum", source: "import", mine: { code: "typed here" }, theirs: { code: "from the file" } },
    ]);
    // a second import of other data keeps the offer too
    await reloaded.getState().importProgress(reloaded.getState().exportProgress());
    expect((await reload()).getState().importConflicts).toHaveLength(1);
    await reloaded.getState().resolveConflict("theirs", "two-sum");
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("from the file");
    const after = await reload();
    expect(after.getState().importConflicts).toEqual([]);
    expect(after.getState().drafts["two-sum"]?.code).toBe("from the file");
  });

  it("an unreadable kept conflict list is ignored, not a crash", async () => {
    const { storage } = setup();
    await storage.writeMeta("importConflicts", [{ challengeId: 3 }, "junk", { challengeId: "x", mine: null }]);
    const page = createAppStore({ catalog, runner: new FakeRunner(), storage });
    await page.getState().loadSaved();
    expect(page.getState().importConflicts).toEqual([]);
    expect(page.getState().storageError).toBeNull();
  });

  it("passes Stop to the runner", () => {
    const { store, runner } = setup();
    store.getState().stop();
    expect(runner.stopped).toBe(1);
  });

  it("rescues a draft typed just before the page unloaded, before it reached storage", async () => {
    const saved: import("../../src/domain/progress").Draft[] = [];
    const mirror = { save: (d: typeof saved) => saved.splice(0, saved.length, ...d), take: () => saved.splice(0) };
    const storage = createMemoryStorage();
    const first = createAppStore({ catalog, runner: new FakeRunner(), storage, mirror, draftSaveDelayMs: 10_000 });
    first.getState().setCode("two-sum", "typed just now");
    first.getState().mirrorDrafts();
    expect(storage.snapshot().drafts["two-sum"]).toBeUndefined();
    const second = createAppStore({ catalog, runner: new FakeRunner(), storage, mirror });
    await second.getState().loadSaved();
    expect(second.getState().drafts["two-sum"]?.code).toBe("typed just now");
    await settle();
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("typed just now");
  });

  it("rescues a draft whose write was still in flight when the page unloaded", async () => {
    const saved: import("../../src/domain/progress").Draft[] = [];
    const mirror = { save: (d: typeof saved) => saved.splice(0, saved.length, ...d), take: () => saved.splice(0) };
    const storage = createMemoryStorage();
    const save = storage.saveDraft;
    // the unload aborts the transaction: the write never lands and never answers
    storage.saveDraft = () => new Promise(() => {});
    const first = createAppStore({ catalog, runner: new FakeRunner(), storage, mirror, draftSaveDelayMs: 0 });
    first.getState().setCode("two-sum", "typed, write started");
    await settle();
    expect(first.getState().pendingDrafts).toEqual([]);
    first.getState().mirrorDrafts();
    storage.saveDraft = save;
    const second = createAppStore({ catalog, runner: new FakeRunner(), storage, mirror });
    await second.getState().loadSaved();
    expect(second.getState().drafts["two-sum"]?.code).toBe("typed, write started");
    await settle();
    expect(storage.snapshot().drafts["two-sum"]?.code).toBe("typed, write started");
  });
});
