/**
 * npm run bench: start-up and run latency in Debian Chromium against `vite preview`, printed as one
 * JSON object. Times are ratios against plain loadPyodide in a bare module worker page measured in
 * the same run, because these machines are noisy. Figures belong in docs/PERFORMANCE.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { Browser, Page } from "playwright-core";
import { AS_A_USER, launchBrowser, startPreview, testPort } from "../tests/support/browser";
import { setEditorCode } from "../tests/support/editor";
import { writeJediPackages } from "../tests/support/jedi-wheels";
import { allAssetsGzipBytes, firstPaintShell } from "../tests/support/shell-assets";
import { completeMs, lintMs } from "./bench-editor";

const PORT = testPort(4470);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RUNS = 20;
const TWO_SUM =
  "def two_sum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen.setdefault(x, j)\n    return []\n";
const ISOLATION = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };
const RAW_PAGE = `<!doctype html><script type="module">
const worker = new Worker("/__bench/raw-worker.js", { type: "module" });
worker.onmessage = () => { window.rawReady = performance.now(); };
</script>`;
const RAW_WORKER = `import { loadPyodide } from "/pyodide/pyodide.mjs";
await loadPyodide({ indexURL: "/pyodide/" });
postMessage("ready");`;
// Records, in the page, when <html data-python-state> first becomes "ready".
const READY_PROBE = `new MutationObserver((_, obs) => {
  if (document.documentElement.dataset.pythonState === "ready" && !window.readyAt) { window.readyAt = performance.now(); obs.disconnect(); }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-python-state"] });`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function rawBoot(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  await context.route("**/__bench/**", (route) => {
    const raw = route.request().url().endsWith("raw-worker.js");
    return route.fulfill({
      status: 200,
      headers: { ...ISOLATION, "Content-Type": raw ? "text/javascript" : "text/html" },
      body: raw ? RAW_WORKER : RAW_PAGE,
    });
  });
  const page = await context.newPage();
  await page.goto(`${url}__bench/raw.html`);
  const ms = (await (
    await page.waitForFunction(() => (window as unknown as { rawReady?: number }).rawReady, undefined, {
      timeout: 120_000,
    })
  ).jsonValue()) as number;
  await context.close();
  return ms;
}

async function readyAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt, undefined, {
    timeout: 120_000,
  });
  return (await handle.jsonValue()) as number;
}

/** The first visit saves a memory snapshot in the background; the second visit must find it. */
async function snapshotSaved(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  const saved = () => page.evaluate(async () => (await (await caches.open("drill-python-snapshot")).keys()).length > 0);
  while (!(await saved())) {
    if (Date.now() > deadline) throw new Error("no memory snapshot was saved within 60 s");
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Click a toolbar button in the page and time until a new summary appears, in the page's own clock.
 * Every run has a fresh Python, booted in the background after the last run: the click waits until
 * it is ready (as a person reading the last result would), and how long that took is returned too.
 */
async function timedClick(page: Page, label: "Run" | "Submit"): Promise<{ ms: number; readyAfterMs: number }> {
  const waited = Date.now();
  await page.waitForSelector("html[data-python-state=ready]", { timeout: 120_000 });
  const readyAfterMs = Date.now() - waited;
  const ms = await page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === name);
        if (!button) throw new Error(`no ${name} button`);
        let cleared = false;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const summary = document.querySelector(".summary");
          if (!summary) cleared = true;
          else if (cleared && summary.textContent?.includes("tests passed")) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
    label,
  );
  return { ms, readyAfterMs };
}

async function main() {
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  // Jedi's wheels cannot come from Pyodide's CDN here: the pip mirror's, checked by a local lock
  mkdirSync("dist/bench-packages", { recursive: true });
  writeJediPackages("dist/bench-packages");
  writeFileSync(
    "dist/drill-config.json",
    JSON.stringify({ packageBaseUrl: "./bench-packages/", lockFileURL: "./bench-packages/pyodide-lock.json" }),
  );
  const server = await startPreview(PORT);
  const browser = await launchBrowser(AS_A_USER);
  try {
    const raw: number[] = [];
    const first: number[] = [];
    const repeat: number[] = [];
    const repeatPhases: Record<string, number>[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      raw.push(await rawBoot(browser, server.url));
      const context = await browser.newContext();
      await context.addInitScript(READY_PROBE);
      const page = await context.newPage();
      await page.goto(server.url);
      first.push(await readyAt(page));
      await snapshotSaved(page);
      await page.goto(`${server.url}#/`, { waitUntil: "load" });
      await page.reload();
      repeat.push(await readyAt(page));
      const boot = await page.evaluate(() => ({
        kind: document.documentElement.dataset.pythonBoot,
        phases: (window as { drillBootPhases?: Record<string, number> }).drillBootPhases,
      }));
      if (boot.kind !== "snapshot") throw new Error(`the second visit booted ${boot.kind}, not from the snapshot`);
      repeatPhases.push(boot.phases ?? {});
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}#/drill/two-sum`);
    await page.waitForSelector("html[data-python-state=ready]", { timeout: 120_000 });
    await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0);
    // the editor's figures first: they start Jedi's Python, which then idles during the runs
    const lint = await lintMs(page);
    const complete = await completeMs(page);
    await setEditorCode(page, TWO_SUM);
    await timedClick(page, "Run");
    const runs: number[] = [];
    const submits: number[] = [];
    // from a result on screen until the next run's fresh Python is ready
    const spareReady: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { ms, readyAfterMs } = await timedClick(page, "Run");
      runs.push(ms);
      spareReady.push(readyAfterMs);
    }
    for (let i = 0; i < RUNS; i++) {
      const { ms, readyAfterMs } = await timedClick(page, "Submit");
      submits.push(ms);
      spareReady.push(readyAfterMs);
    }
    const rawMs = median(raw);
    const shell = await firstPaintShell(browser, server.url, "dist");
    const result = {
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model ?? "",
        node: process.version,
        browser: browser.version(),
      },
      raw_boot_ms: Math.round(rawMs),
      first_ready_ms: Math.round(median(first)),
      repeat_ready_ms: Math.round(median(repeat)),
      run_ms: Math.round(median(runs)),
      submit_ms: Math.round(median(submits)),
      next_python_ready_ms: Math.round(median(spareReady)),
      lint_ms: Math.round(median(lint)),
      complete_ms: Math.round(median([...complete.module, ...complete.userName])),
      complete_module_ms: Math.round(median(complete.module)),
      complete_user_name_ms: Math.round(median(complete.userName)),
      // the budget (1.2 MB) is on the shell at first paint; all_assets counts Monaco and every lazy chunk too
      shell_gzip_bytes: shell.gzipBytes,
      all_assets_gzip_bytes: allAssetsGzipBytes("dist"),
      shell_files: shell.files,
      first_ready_over_raw_boot: Number((median(first) / rawMs).toFixed(3)),
      repeat_ready_over_raw_boot: Number((median(repeat) / rawMs).toFixed(3)),
      samples: {
        raw_boot_ms: raw.map(Math.round),
        first_ready_ms: first.map(Math.round),
        repeat_ready_ms: repeat.map(Math.round),
        run_ms: runs.map(Math.round),
        submit_ms: submits.map(Math.round),
        next_python_ready_ms: spareReady.map(Math.round),
        lint_ms: lint.map(Math.round),
        complete_module_ms: complete.module.map(Math.round),
        complete_user_name_ms: complete.userName.map(Math.round),
      },
      // inside the worker, from the boot message: when each phase of a snapshot boot ended
      repeat_boot_phases_ms: repeatPhases,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
