// A new deploy while the app is open, on a host with no COOP/COEP headers: the page keeps running
// the version it loaded until the candidate clicks "Reload to update", then the new version takes
// over. Old and new files never mix, the old build's cache goes, and the cached wheels stay.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, writeCode } from "../support/app";
import {
  addTestPackages,
  buildOfflineApp,
  cacheNames,
  copyTestPackages,
  firstVisit,
  isCached,
  PACKAGE_CACHE,
  pythonReady,
  wheelKey,
} from "../support/offline-app";
import { endFile, sharedBrowser } from "../support/shared-app";
import { startTestServer, type TestServer } from "../support/test-server";
import { PROBE_WHEEL } from "../support/test-wheel";

const PROBE_SOLUTION = "import drill_probe\n\ndef probe(x):\n    return drill_probe.double(x)\n";
let root: string;
const dir = { A: "", B: "" };
const build = { A: "", B: "" };
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "drill-update-"));
  for (const v of ["A", "B"] as const) {
    dir[v] = path.join(root, v);
    build[v] = buildOfflineApp(dir[v], v);
  }
  expect(build.A).not.toBe(build.B);
  addTestPackages(dir.A);
  copyTestPackages(dir.A, dir.B);
  server = await startTestServer(dir.A);
  browser = await sharedBrowser();
  context = await browser.newContext();
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await endFile();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Which version the document, the entry script and the drill data (challenges.json) come from. */
async function runningVersion(p: Page) {
  return p.evaluate(() => ({
    document: document.querySelector<HTMLMetaElement>('meta[name="drill-test-version"]')?.content,
    script: (globalThis as { __drillTestVersion?: string }).__drillTestVersion,
    drill: /version (\w)/.exec(document.querySelector("h1")?.textContent ?? "")?.[1],
  }));
}

async function runProbe(p: Page) {
  await writeCode(p, PROBE_SOLUTION);
  return grade(p, "Run");
}

describe("updating to a new deploy", () => {
  it("installs version A and caches the drill's wheel at first use", async () => {
    await firstVisit(page, `${server.url}#/drill/offline-probe`);
    await page.getByRole("heading", { level: 1, name: "Offline probe (version A)" }).waitFor();
    expect(await runProbe(page)).toEqual([3, 3]);
    expect(await cacheNames(page)).toEqual(expect.arrayContaining([`drill-app-${build.A}`, PACKAGE_CACHE]));
  });

  it("finds version B on reload, offers it, and keeps running A's files meanwhile", async () => {
    server.setRoot(dir.B);
    // B installs while A's page starts: its download of the drills (A's page reads A's cached
    // copy) is held until A is running; Pyodide's runtime is the same version, so B fetches none of it
    const release = server.hold("/challenges.json");
    const installing = server.requested("/challenges.json");
    await page.reload();
    await installing;
    await pythonReady(page);
    release();
    await page.getByRole("button", { name: "Reload to update" }).waitFor({ timeout: 60_000 });
    expect(await runningVersion(page)).toEqual({ document: "A", script: "A", drill: "A" });
    // every script and stylesheet the page loaded is one of A's files, and A's entry script is not B's
    const assets = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith("/assets/")),
    );
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => !existsSync(path.join(dir.A, a)))).toEqual([]);
    expect(assets.some((a) => !existsSync(path.join(dir.B, a)))).toBe(true);
    // B is installed beside A, not over it
    expect(await cacheNames(page)).toEqual(
      expect.arrayContaining([`drill-app-${build.A}`, `drill-app-${build.B}`, PACKAGE_CACHE]),
    );
    await pythonReady(page);
    expect(await runProbe(page)).toEqual([3, 3]);
    expect(await runningVersion(page)).toEqual({ document: "A", script: "A", drill: "A" });
  });

  it('switches to B on "Reload to update", drops A\'s cache and keeps the wheels', async () => {
    await page.getByRole("button", { name: "Reload to update" }).click();
    await page.getByRole("heading", { level: 1, name: "Offline probe (version B)" }).waitFor({ timeout: 60_000 });
    expect(await runningVersion(page)).toEqual({ document: "B", script: "B", drill: "B" });
    await pythonReady(page);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await page.getByRole("button", { name: "Reload to update" }).count()).toBe(0);
    const caches = await cacheNames(page);
    expect(caches).toContain(`drill-app-${build.B}`);
    expect(caches).not.toContain(`drill-app-${build.A}`);
    expect(await isCached(page, PACKAGE_CACHE, wheelKey(PROBE_WHEEL))).toBe(true);
    expect(await runProbe(page)).toEqual([3, 3]);
  });

  it("loads B with the network off", async () => {
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Offline probe (version B)" }).waitFor({ timeout: 60_000 });
    await pythonReady(page);
    await page.getByText("You are offline").waitFor();
    expect(await runningVersion(page)).toEqual({ document: "B", script: "B", drill: "B" });
    expect(await runProbe(page)).toEqual([3, 3]);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBe(total);
  });
});

describe("updating while offline", () => {
  let offlineContext: BrowserContext;
  let p: Page;
  // a fresh visitor of A, who goes offline with B waiting
  beforeAll(async () => {
    server.setRoot(dir.A);
    offlineContext = await browser.newContext();
    p = await offlineContext.newPage();
  });
  afterAll(async () => {
    await offlineContext?.close();
  });

  it('switches to B with "Reload to update" clicked offline, and B still finds the self-hosted wheels', async () => {
    await firstVisit(p, `${server.url}#/drill/offline-probe`);
    expect(await runProbe(p)).toEqual([3, 3]);
    server.setRoot(dir.B);
    await p.reload();
    await p.getByRole("button", { name: "Reload to update" }).waitFor({ timeout: 60_000 });
    await offlineContext.setOffline(true);
    await p.getByRole("button", { name: "Reload to update" }).click();
    await p.getByRole("heading", { level: 1, name: "Offline probe (version B)" }).waitFor({ timeout: 60_000 });
    await pythonReady(p);
    expect(await runningVersion(p)).toEqual({ document: "B", script: "B", drill: "B" });
    expect(await p.getByText("not on this device").count()).toBe(0);
    expect(await runProbe(p)).toEqual([3, 3]);
  });
});
