// After one online visit the app works offline: served by a plain server that sends no COOP/COEP
// headers, so cross-origin isolation comes from the service worker alone.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, TWO_SUM, writeCode } from "../support/app";
import { testPort } from "../support/browser";
import { addTestPackages, buildOfflineApp, firstVisit, pythonReady as ready } from "../support/offline-app";
import { endFile, sharedBrowser } from "../support/shared-app";
import { startTestServer, type TestServer } from "../support/test-server";

const PORT = testPort(4395);
const PROBE_SOLUTION = "import drill_probe\n\ndef probe(x):\n    return drill_probe.double(x)\n";
const URL_ = `http://127.0.0.1:${PORT}/`;
let out: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "drill-offline-"));
  buildOfflineApp(out);
  addTestPackages(out);
  server = await startTestServer(out, PORT);
  browser = await sharedBrowser();
  context = await browser.newContext();
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await endFile();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("offline", () => {
  it("becomes cross-origin isolated through the service worker alone", async () => {
    await firstVisit(page, URL_);
  });

  it("caches a drill's package at first use online", async () => {
    await page.goto(`${URL_}#/drill/offline-probe`);
    await ready(page);
    expect(await grade(page, "Run")).toEqual([0, 3]);
    await writeCode(page, PROBE_SOLUTION);
    expect(await grade(page, "Run")).toEqual([3, 3]);
  });

  it("loads, runs and submits with the network off", async () => {
    await context.setOffline(true);
    await page.goto(`${URL_}#/drill/two-sum`);
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await page.getByText("You are offline").waitFor();
    await writeCode(page, TWO_SUM);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBe(total);
  });

  it("runs a drill whose package is cached, and explains one whose packages are not", async () => {
    await page.goto(`${URL_}#/drill/offline-probe`);
    await writeCode(page, PROBE_SOLUTION);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    await page.goto(`${URL_}#/drill/pairwise-distances`);
    await page.getByText(/needs numpy, which is not on this device yet/).waitFor();
    expect(await page.getByRole("button", { name: "Run", exact: true }).isDisabled()).toBe(true);
  });

  it("stops a while-True loop with Stop without restarting Python", async () => {
    await page.goto(`${URL_}#/drill/two-sum`);
    await page.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { states: string[] }).states = states;
      new MutationObserver(() => states.push(document.documentElement.dataset.pythonState ?? "")).observe(
        document.documentElement,
        { attributes: true, attributeFilter: ["data-python-state"] },
      );
    });
    await writeCode(page, "def two_sum(nums, target):\n    while True:\n        pass\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator("html[data-python-state=running]").waitFor();
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("status").filter({ hasText: "stopped" }).waitFor({ timeout: 15_000 });
    const states = await page.evaluate(() => (window as unknown as { states: string[] }).states);
    expect(states).not.toContain("booting");
    expect(await page.getByText("Python was restarted").count()).toBe(0);
  });
});
