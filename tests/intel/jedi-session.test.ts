// Jedi in its own Pyodide under Node, loaded from wheels checked against a test lock file:
// completions of modules and of the candidate's names, signatures, hover docs, and how requests
// that pile up while it is busy or booting are answered.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadPyodide } from "pyodide";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JediSession } from "../../src/intel/jedi-session";
import type { JediRequest, JediResponse } from "../../src/intel/protocol";
import { writeJediPackages } from "../support/jedi-wheels";

const BRIDGE = readFileSync("src/intel/jedi_bridge.py", "utf8");
const PYODIDE = path.resolve("node_modules/pyodide");
let dir: string;
let session: JediSession;
const replies: JediResponse[] = [];
let nextId = 1;

type Kind = "complete" | "signatures" | "hover";
const ask = (type: Kind, code: string, line: number, column: number) => {
  const id = nextId++;
  session.request({ type, id, code, line, column } as Extract<JediRequest, { id: number }>);
  return id;
};
async function reply(id: number): Promise<JediResponse> {
  for (let i = 0; i < 6000; i++) {
    const found = replies.find((r) => "id" in r && r.id === id);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no reply to request ${id}`);
}
async function completions(code: string, line: number, column: number): Promise<string[]> {
  const r = await reply(ask("complete", code, line, column));
  if (r.type !== "complete") throw new Error(JSON.stringify(r));
  return r.items.map((i) => i.name);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "drill-jedi-"));
  writeJediPackages(dir);
  session = new JediSession(loadPyodide, BRIDGE, (m) => replies.push(m));
  // asked before the boot: answered once it is done, never lost
  const early = ask("complete", "import math\nmath.", 2, 5);
  await session.boot({
    indexURL: `${PYODIDE}/`,
    packageCacheDir: dir,
    lockFileURL: path.join(dir, "pyodide-lock.json"),
  });
  const booted = replies.find((r) => r.type === "booted" || r.type === "boot-failed");
  if (booted?.type !== "booted") throw new Error(JSON.stringify(booted));
  const first = await reply(early);
  expect(first.type === "complete" && first.items.some((i) => i.name === "sqrt")).toBe(true);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("Jedi in Pyodide", () => {
  it("completes a standard module's attributes with their signatures", async () => {
    const r = await reply(ask("complete", "import math\nmath.sq", 2, 7));
    expect(r.type).toBe("complete");
    if (r.type !== "complete") return;
    const sqrt = r.items.find((i) => i.name === "sqrt");
    expect(sqrt).toMatchObject({ kind: "function" });
    expect(sqrt?.detail).toMatch(/^def sqrt\(x/);
  });

  it("completes the candidate's own names and their attributes", async () => {
    const code = "class Tracker:\n    def record(self, x):\n        pass\n\nrunning_total = 0\nt = Tracker()\nrun";
    expect(await completions(code, 7, 3)).toContain("running_total");
    expect(await completions(`${code.slice(0, -3)}t.`, 7, 2)).toContain("record");
  });

  it("counts columns in code points, so names after non-ASCII text complete", async () => {
    const code = 'café = "😀"\ncafé_total = 1\nx = "𝔘𝔘"; café_';
    expect(await completions(code, 3, [...'x = "𝔘𝔘"; café_'].length)).toContain("café_total");
  });

  it("gives the signature and the active parameter inside a call", async () => {
    const code = "import math\nmath.isclose(1.0, ";
    const r = await reply(ask("signatures", code, 2, 18));
    expect(r.type).toBe("signatures");
    if (r.type !== "signatures") return;
    expect(r.signatures[0]?.label).toMatch(/^isclose\(a\b.*, b\b/);
    expect(r.signatures[0]?.active).toBe(1);
  });

  it("gives hover documentation for a name", async () => {
    const r = await reply(ask("hover", "import math\nmath.sqrt(2)\n", 2, 6));
    expect(r.type).toBe("hover");
    if (r.type !== "hover") return;
    expect(r.hover?.code).toMatch(/sqrt\(x/);
    expect(r.hover?.doc).toMatch(/square root/i);
    const nothing = await reply(ask("hover", "x = 1\n\n", 2, 0));
    expect(nothing).toMatchObject({ type: "hover", hover: null });
  });

  it("drops a request overtaken by a newer one of its kind, and answers the newest", async () => {
    const stale = ask("complete", "import math\nmath.", 2, 5);
    const fresh = ask("complete", "import math\nmath.fl", 2, 7);
    expect(await reply(stale)).toEqual({ type: "dropped", id: stale });
    const r = await reply(fresh);
    expect(r.type === "complete" && r.items.map((i) => i.name)).toContain("floor");
  });

  it("answers code that does not parse without failing", async () => {
    const r = await reply(ask("complete", "def f(:\n    ret", 2, 7));
    expect(r.type).toBe("complete");
  });
});

describe("a Jedi worker whose packages cannot load", () => {
  it("says so to the boot and to every request, waiting or new", async () => {
    const bad = mkdtempSync(path.join(tmpdir(), "drill-jedi-bad-"));
    try {
      writeJediPackages(bad);
      writeFileSync(
        path.join(
          bad,
          readFileSync(path.join(bad, "pyodide-lock.json"), "utf8").match(/"(parso-[^"]+\.whl)"/)?.[1] ?? "x",
        ),
        "not a wheel",
      );
      const out: JediResponse[] = [];
      const s = new JediSession(loadPyodide, BRIDGE, (m) => out.push(m));
      s.request({ type: "complete", id: 1, code: "x", line: 1, column: 1 });
      await s.boot({ indexURL: `${PYODIDE}/`, packageCacheDir: bad, lockFileURL: path.join(bad, "pyodide-lock.json") });
      s.request({ type: "hover", id: 2, code: "x", line: 1, column: 1 });
      expect(out.map((m) => m.type)).toEqual(["boot-failed", "error", "error"]);
      expect(out[0]).toMatchObject({ message: expect.stringMatching(/parso/) });
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  }, 120_000);
});
