// Packages as users get them: the wheels and their lock file come from another origin (a CDN,
// here a second local server with a CDN's headers), set in drill-config.json as a deployer would.
// The app's host sends no COOP/COEP, so isolation comes from the service worker. Then: the same
// host without CORS headers is named in plain words, and a redeploy that changes only the app
// downloads no Pyodide runtime file and no wheel again.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import pyodidePackage from "pyodide/package.json" with { type: "json" };
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, writeCode } from "../support/app";
import { testPort } from "../support/browser";
import {
  buildOfflineApp,
  firstVisit,
  PACKAGE_CACHE,
  pythonReady,
  watchPythonStatus,
  wheelKey,
} from "../support/offline-app";
import { endFile, sharedBrowser } from "../support/shared-app";
import { startTestServer, type TestServer } from "../support/test-server";
import { PROBE_WHEEL, writeProbePackages } from "../support/test-wheel";

const PROBE_SOLUTION = "import drill_probe\n\ndef probe(x):\n    return drill_probe.double(x)\n";
/** What jsDelivr sends with Pyodide's files. */
const CDN_HEADERS = { "Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin" };
const CDN_PATH = `/pyodide/v${pyodidePackage.version}/full/`;
let root: string;
const dir = { A: "", B: "", cdn: "" };
let app: TestServer;
let cdn: TestServer;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "drill-cdn-"));
  for (const v of ["A", "B"] as const) {
    dir[v] = path.join(root, v);
    buildOfflineApp(dir[v], v);
  }
  dir.cdn = path.join(root, "cdn");
  mkdirSync(dir.cdn);
  writeProbePackages(dir.cdn, "node_modules/pyodide/pyodide-lock.json");
  // another host name and port: another origin
  cdn = await startTestServer(dir.cdn, testPort(4401), { host: "localhost", base: CDN_PATH, headers: CDN_HEADERS });
  for (const v of ["A", "B"] as const) {
    writeFileSync(
      path.join(dir[v], "drill-config.json"),
      JSON.stringify({ packageBaseUrl: cdn.url, lockFileURL: `${cdn.url}pyodide-lock.json` }),
    );
  }
  app = await startTestServer(dir.A, testPort(4400));
  browser = await sharedBrowser();
}, 240_000);

afterAll(async () => {
  await endFile();
  await app?.close();
  await cdn?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** What Cache Storage holds for the packages: key, response type and status of each entry. */
function packageCache(page: Page) {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const entries = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      entries.push({ key: request.url, type: response?.type, status: response?.status });
    }
    return entries;
  }, PACKAGE_CACHE);
}

describe("packages from another origin with a CDN's headers", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it("loads the drill's package from the other origin, showing its size while it loads", async () => {
    await firstVisit(page, `${app.url}#/drill/offline-probe`);
    await page.getByRole("heading", { level: 1, name: "Offline probe (version A)" }).waitFor();
    cdn.takeRequests();
    const statuses = await watchPythonStatus(page);
    await writeCode(page, PROBE_SOLUTION);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    expect(cdn.takeRequests()).toContain(`${CDN_PATH}${PROBE_WHEEL}`);
    const size = `${Math.ceil(statSync(path.join(dir.cdn, PROBE_WHEEL)).size / 1024)} kB`;
    expect((await statuses()).join("\n")).toContain(`loading drill-probe · ${size}`);
  });

  it("keeps the wheel and the lock file as readable responses, the wheel under its file name", async () => {
    const entries = await packageCache(page);
    expect(entries).toEqual(
      expect.arrayContaining([
        { key: wheelKey(PROBE_WHEEL), type: "cors", status: 200 },
        { key: `${cdn.url}pyodide-lock.json`, type: "cors", status: 200 },
      ]),
    );
    expect(entries.filter((e) => e.type === "opaque" || e.status !== 200)).toEqual([]);
  });

  it("runs the drill again offline from the service worker's cache", async () => {
    await context.setOffline(true);
    await page.reload();
    await pythonReady(page);
    await page.getByText("You are offline").waitFor();
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await writeCode(page, PROBE_SOLUTION);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBe(total);
    await context.setOffline(false);
  });

  it("updates to a redeploy that changed only the app without downloading Pyodide or a wheel again", async () => {
    app.setRoot(dir.B);
    app.takeRequests();
    cdn.takeRequests();
    await page.reload();
    await pythonReady(page);
    await page.getByRole("button", { name: "Reload to update" }).click({ timeout: 60_000 });
    await page.getByRole("heading", { level: 1, name: "Offline probe (version B)" }).waitFor({ timeout: 60_000 });
    await pythonReady(page);
    await writeCode(page, PROBE_SOLUTION);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    const appRequests = app.takeRequests();
    // the new build itself was downloaded...
    expect(appRequests).toContain("/sw.js");
    expect(appRequests.some((p) => p.startsWith("/assets/"))).toBe(true);
    // ...but none of Pyodide's runtime files, and no wheel from either host (HEAD probes download nothing)
    expect(appRequests.filter((p) => p.startsWith("/pyodide/"))).toEqual([]);
    expect(cdn.takeRequests().filter((p) => p.startsWith("/") && p.endsWith(".whl"))).toEqual([]);
    app.setRoot(dir.A);
  });
});

describe("a package host that sends no CORS headers", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    cdn.setHeaders({});
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    cdn.setHeaders(CDN_HEADERS);
    writeFileSync(
      path.join(dir.A, "drill-config.json"),
      JSON.stringify({ packageBaseUrl: cdn.url, lockFileURL: `${cdn.url}pyodide-lock.json` }),
    );
  });

  /** The drill's notice: the start-up check found the host unusable, so Run and Submit are off, saying why. */
  async function refusedNotice(): Promise<string> {
    const notice = page.getByRole("alert").filter({ hasText: "refused cross-origin loading" });
    await notice.waitFor({ timeout: 60_000 });
    expect(await page.getByRole("button", { name: "Run", exact: true }).isDisabled()).toBe(true);
    return (await notice.textContent()) ?? "";
  }

  it("says the host refused cross-origin loading of the package list, and Python still starts", async () => {
    await firstVisit(page, `${app.url}#/drill/offline-probe`);
    await pythonReady(page);
    const message = await refusedNotice();
    expect(message).toContain(`the package host refused cross-origin loading of ${cdn.url}pyodide-lock.json`);
    expect(message).toContain("Access-Control-Allow-Origin");
    expect(message).not.toContain("Failed to fetch");
  });

  it("names the wheel when only the wheels come from that host", async () => {
    // the lock file on the app's own origin (a copy listing the test wheel), the wheels on the other
    const lock = path.join(dir.A, "lock");
    mkdirSync(lock, { recursive: true });
    writeProbePackages(lock, "node_modules/pyodide/pyodide-lock.json");
    writeFileSync(
      path.join(dir.A, "drill-config.json"),
      JSON.stringify({ packageBaseUrl: cdn.url, lockFileURL: "./lock/pyodide-lock.json" }),
    );
    await page.reload();
    await pythonReady(page);
    const message = await refusedNotice();
    expect(message).toContain(`the package host refused cross-origin loading of ${cdn.url}${PROBE_WHEEL}`);
    expect(message).not.toContain("Failed to fetch");
  });

  it('"Make available offline" names the refused wheel too', async () => {
    await page.goto(`${app.url}#/data`);
    await page.getByRole("button", { name: "Make available offline" }).click();
    const status = page.getByRole("status").filter({ hasText: "could not be downloaded" });
    await status.waitFor({ timeout: 60_000 });
    const text = (await status.textContent()) ?? "";
    expect(text).toMatch(/the package host refused cross-origin loading of http:\/\/localhost:\d+\/.+\.whl/);
    expect(text).not.toContain("Failed to fetch");
  });
});
