import { describe, expect, it } from "vitest";
import { createMemoryStorage } from "../../src/persistence/memory-storage";
import { richSnapshot } from "../domain/progress-fixtures";

// Saving, drafts and replaceAll are checked for both storages in storage-contract.test.ts.
describe("memory storage", () => {
  it("hands out copies, so changing a loaded snapshot changes nothing saved", async () => {
    const storage = createMemoryStorage(richSnapshot());
    const loaded = await storage.load();
    loaded.progress["two-sum"]?.attempts.pop();
    expect(storage.snapshot()).toEqual(richSnapshot());
  });

  it("delivers simulated changes from other tabs until the listener unsubscribes", () => {
    const storage = createMemoryStorage();
    const heard: unknown[] = [];
    const stop = storage.onExternalChange((c) => heard.push(c));
    storage.simulateExternalChange({ kind: "draft", challengeId: "two-sum" });
    stop();
    storage.simulateExternalChange({ kind: "all" });
    expect(heard).toEqual([{ kind: "draft", challengeId: "two-sum" }]);
  });
});
