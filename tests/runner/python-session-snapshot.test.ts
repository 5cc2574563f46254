// A memory snapshot holds the harness already imported: later boots skip that work, yet each
// boot gets fresh randomness, and a changed harness never boots from an old snapshot.
import { loadPyodide } from "pyodide";
import { describe, expect, it } from "vitest";
import { readHarnessFiles } from "../../src/cli/harness-files";
import type { WorkerMessage } from "../../src/runner/protocol";
import { PythonSession, type SnapshotStore } from "../../src/runner/python-session";
import { inlineJob } from "../support/grading";

function memoryStore() {
  const saved = new Map<string, Uint8Array>();
  const store: SnapshotStore = {
    load: async (key) => saved.get(key) ?? null,
    save: async (key, snapshot) => {
      saved.clear();
      saved.set(key, snapshot);
    },
    discard: async (key) => {
      saved.delete(key);
    },
  };
  return { store, saved };
}

/** The hash the host keeps, out of the worker's reach, from the worker's snapshot-saved message. */
let trusted: { key: string; sha256: string } | undefined;

async function boot(store: SnapshotStore, harness = readHarnessFiles()) {
  const messages: WorkerMessage[] = [];
  const session = new PythonSession(
    loadPyodide,
    harness,
    (m) => {
      messages.push(m);
      if (m.type === "snapshot-saved") trusted = { key: m.key, sha256: m.sha256 };
    },
    store,
  );
  await session.boot(
    { indexURL: "", snapshotKey: "pyodide-test", ...(trusted ? { trustedSnapshot: trusted } : {}) },
    null,
  );
  const booted = messages.find((m) => m.type === "booted");
  if (booted?.type !== "booted") throw new Error(`no boot: ${JSON.stringify(messages)}`);
  return { session, booted, messages };
}

/** What random.random() gives the candidate's first call, as the harness reports it. */
async function firstRandom(session: PythonSession, messages: WorkerMessage[]): Promise<string> {
  const job = inlineJob({
    tests: "from drill import case\nCASES = [case(sample=True)]\n",
    reference: "def solve():\n    return 0\n",
    code: "import random\ndef solve():\n    print(random.random())\n    return 0\n",
    mode: "run",
  });
  await session.run("r1", job);
  const finished = messages.find((m) => m.type === "test-finished");
  if (finished?.type !== "test-finished") throw new Error(JSON.stringify(messages.slice(-3)));
  expect(finished.result.status).toBe("pass");
  return finished.result.stdout ?? "";
}

describe("memory snapshot of the booted harness", () => {
  it("boots from the snapshot with the harness ready, and reseeds random on every boot", async () => {
    const { store, saved } = memoryStore();
    const first = await boot(store);
    expect(first.booted.fromSnapshot).toBe(false);
    await expect.poll(() => saved.size).toBe(1);
    expect([...saved.keys()][0]).toMatch(/^pyodide-test-[0-9a-f]{8}$/);

    const second = await boot(store);
    const third = await boot(store);
    expect(second.booted.fromSnapshot).toBe(true);
    expect(third.booted.fromSnapshot).toBe(true);
    const a = await firstRandom(second.session, second.messages);
    const b = await firstRandom(third.session, third.messages);
    expect(a).toMatch(/^0\.\d+\n$/);
    expect(a).not.toBe(b);
  }, 120_000);

  it("never restores a snapshot whose hash the host did not record (one planted in the cache)", async () => {
    const { store, saved } = memoryStore();
    await boot(store);
    await expect.poll(() => saved.size).toBe(1);
    const [key, bytes] = [...saved.entries()][0] as [string, Uint8Array];
    const planted = bytes.slice();
    const middle = planted.length >> 1;
    planted[middle] = (planted[middle] ?? 0) ^ 0xff;
    saved.set(key, planted);
    const trustedBefore = trusted?.sha256;
    const next = await boot(store);
    expect(next.booted.fromSnapshot).toBe(false);
    // the planted copy was replaced by a fresh snapshot, whose hash the host now holds
    await expect.poll(() => saved.get(key) !== planted && trusted?.sha256 !== trustedBefore).toBe(true);
    const again = await boot(store);
    expect(again.booted.fromSnapshot).toBe(true);
  }, 180_000);

  it("boots afresh when the harness changed since the snapshot was taken", async () => {
    const { store, saved } = memoryStore();
    await boot(store);
    await expect.poll(() => saved.size).toBe(1);
    const harness = readHarnessFiles();
    harness["render.py"] = `${harness["render.py"]}\n# changed\n`;
    const changed = await boot(store, harness);
    expect(changed.booted.fromSnapshot).toBe(false);
  }, 120_000);
});
