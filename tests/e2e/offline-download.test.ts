// "Make available offline" on a host with no COOP/COEP headers: every wheel the drills need is
// downloaded with progress and total size, listed on the Your data page, and the drills that need
// them run offline. A failed download names the file and keeps what was already cached.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, writeCode } from "../support/app";
import {
  addTestPackages,
  buildOfflineApp,
  firstVisit,
  isCached,
  PACKAGE_CACHE,
  wheelKey,
} from "../support/offline-app";
import { endFile, sharedBrowser } from "../support/shared-app";
import { startTestServer, type TestServer } from "../support/test-server";
import { EXTRA_WHEEL, PROBE_WHEEL } from "../support/test-wheel";

const EXTRA_SOLUTION = "import drill_probe_extra\n\ndef probe(x):\n    return drill_probe_extra.triple(x)\n";
const EXTRA_PATH = `/test-packages/${EXTRA_WHEEL}`;
let out: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const bytes = (wheel: string) => statSync(path.join(out, "test-packages", wheel)).size;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "drill-download-"));
  buildOfflineApp(out);
  // the lock lists only the test wheels, so "every wheel the drills need" is what this server has
  addTestPackages(out, { onlyTestPackages: true });
  server = await startTestServer(out);
  browser = await sharedBrowser();
  context = await browser.newContext();
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await endFile();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** The roadmap's row for a drill. */
function row(p: Page, title: string): Locator {
  return p.getByRole("row").filter({ has: p.getByRole("link", { name: title, exact: true }) });
}

const NEEDS_CONNECTION = "needs a connection (packages)";

/** What the Your data page says about the package files on this device: summary and one line per file. */
async function cachedView(p: Page): Promise<{ summary: string; files: string[] }> {
  const details = p.locator("details").filter({ hasText: "On this device" });
  await details.locator("summary").click();
  const view = {
    summary: ((await details.locator("summary").textContent()) ?? "").trim(),
    files: (await details.getByRole("listitem").allTextContents()).map((t) => t.trim()).sort(),
  };
  await details.locator("summary").click();
  return view;
}

describe("make available offline", () => {
  it("marks drills whose packages are not on this device while offline", async () => {
    await firstVisit(page, server.url);
    await context.setOffline(true);
    await page.getByText("You are offline").waitFor();
    await expect.poll(() => row(page, "Offline probe").textContent()).toContain(NEEDS_CONNECTION);
    expect(await row(page, "Offline probe extra").textContent()).toContain(NEEDS_CONNECTION);
    await context.setOffline(false);
    await page.getByText("You are offline").waitFor({ state: "detached" });
  });

  it("says which wheel failed to download and keeps the ones already cached", async () => {
    server.fail(EXTRA_PATH, 404);
    await page.goto(`${server.url}#/data`);
    await page.getByRole("button", { name: "Make available offline" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `✗ ${EXTRA_WHEEL} could not be downloaded (404)` })
      .waitFor();
    await expect
      .poll(async () => (await cachedView(page)).files)
      .toEqual([`${PROBE_WHEEL} (${size(bytes(PROBE_WHEEL))})`]);
    expect(await isCached(page, PACKAGE_CACHE, wheelKey(PROBE_WHEEL))).toBe(true);
    expect(await isCached(page, PACKAGE_CACHE, wheelKey(EXTRA_WHEEL))).toBe(false);
  });

  it("says which wheel was cut off part-way, and caches nothing of it", async () => {
    server.fail(EXTRA_PATH, null);
    server.truncate(EXTRA_PATH);
    await page.getByRole("button", { name: "Make available offline" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `✗ ${EXTRA_WHEEL} could not be downloaded` })
      .waitFor();
    expect(await cachedView(page)).toEqual({
      summary: `On this device: 1 package file, ${size(bytes(PROBE_WHEEL))}`,
      files: [`${PROBE_WHEEL} (${size(bytes(PROBE_WHEEL))})`],
    });
    expect(await isCached(page, PACKAGE_CACHE, wheelKey(EXTRA_WHEEL))).toBe(false);
  });

  it("downloads the rest with progress, then lists every wheel with its size", async () => {
    server.truncate(EXTRA_PATH, false);
    const release = server.hold(EXTRA_PATH);
    const requested = server.requested(EXTRA_PATH);
    await page.getByRole("button", { name: "Make available offline" }).click();
    await requested;
    const progress = page.getByRole("progressbar", { name: "Download progress" });
    await progress.waitFor();
    expect(await progress.evaluate((e: HTMLProgressElement) => [e.value, e.max])).toEqual([1, 2]);
    await page.getByRole("status").filter({ hasText: "Downloading 1 of 2 files" }).waitFor();
    expect(await page.getByRole("button", { name: "Make available offline" }).isDisabled()).toBe(true);
    release();
    const total = bytes(PROBE_WHEEL) + bytes(EXTRA_WHEEL);
    await page
      .getByRole("status")
      .filter({ hasText: `✓ 2 files ready offline (${size(total)})` })
      .waitFor();
    await progress.waitFor({ state: "detached" });
    await expect
      .poll(() => cachedView(page))
      .toEqual({
        summary: `On this device: 2 package files, ${size(total)}`,
        files: [`${PROBE_WHEEL} (${size(bytes(PROBE_WHEEL))})`, `${EXTRA_WHEEL} (${size(bytes(EXTRA_WHEEL))})`].sort(),
      });
  });

  it("offline, the drills are no longer marked, and one runs and passes after a reload", async () => {
    await context.setOffline(true);
    await page.goto(`${server.url}#/`);
    await page.getByText("You are offline").waitFor();
    // a drill whose package is not in this build's lock stays marked: the mark is shown offline
    await expect.poll(() => page.getByText(NEEDS_CONNECTION).count()).toBeGreaterThan(0);
    expect(await row(page, "Offline probe").textContent()).not.toContain(NEEDS_CONNECTION);
    expect(await row(page, "Offline probe extra").textContent()).not.toContain(NEEDS_CONNECTION);
    await page.goto(`${server.url}#/drill/offline-probe-extra`);
    await page.reload();
    await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
    await page.getByRole("heading", { level: 1, name: "Offline probe extra" }).waitFor();
    expect(await page.getByText("not on this device").count()).toBe(0);
    await writeCode(page, EXTRA_SOLUTION);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBe(total);
  });
});

/** How the page writes a size (the test wheels are a few kB). */
function size(n: number): string {
  return n < 1_048_576 ? `${Math.ceil(n / 1024)} kB` : `${(n / 1_048_576).toFixed(1)} MB`;
}
