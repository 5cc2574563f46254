// A deployer's static host serves the app under a sub-path (/drills/), with the wheels vendored
// into the build by `npm run vendor-packages`: the package drill loads them from that path, the
// app installs from there, and the drill runs again offline.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, writeCode } from "../support/app";
import { testPort } from "../support/browser";
import { buildOfflineApp, firstVisit, isCached, PACKAGE_CACHE, pythonReady, wheelKey } from "../support/offline-app";
import { endFile, sharedBrowser } from "../support/shared-app";
import { startTestServer, type TestServer } from "../support/test-server";
import { EXTRA_WHEEL, PROBE_WHEEL, writeProbePackages } from "../support/test-wheel";
import { tsx } from "../support/tsx";

const EXTRA_SOLUTION = "import drill_probe_extra\n\ndef probe(x):\n    return drill_probe_extra.triple(x)\n";
let root: string;
let out: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "drill-subpath-"));
  out = path.join(root, "dist");
  buildOfflineApp(out, undefined, "/drills/");
  // a folder of wheels as a Pyodide distribution has them, with a lock file that lists them
  const wheels = path.join(root, "wheels");
  mkdirSync(wheels);
  writeProbePackages(wheels, "node_modules/pyodide/pyodide-lock.json");
  const lock = path.join(wheels, "pyodide-lock.json");
  const vendor = ["--from", wheels, "--packages", "drill-probe-extra", "--lock", lock, "--out", out];
  execFileSync(...tsx("scripts/vendor-packages.ts", ...vendor), { stdio: "inherit" });
  // the build's copy of the lock, standing for a Pyodide distribution that lists these wheels
  copyFileSync(lock, path.join(out, "pyodide", "pyodide-lock.json"));
  server = await startTestServer(out, testPort(4402), { base: "/drills/" });
  browser = await sharedBrowser();
  context = await browser.newContext();
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await endFile();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("an app and its vendored wheels under /drills/", () => {
  it("vendor-packages put the wheels beside the runtime and pointed the app at them", () => {
    expect(existsSync(path.join(out, "pyodide", PROBE_WHEEL))).toBe(true);
    expect(existsSync(path.join(out, "pyodide", EXTRA_WHEEL))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, "drill-config.json"), "utf8"))).toEqual({
      packageBaseUrl: "./pyodide/",
    });
  });

  it("loads the drill's packages from /drills/pyodide/ and keeps them for offline use", async () => {
    expect(server.url).toMatch(/\/drills\/$/);
    await firstVisit(page, `${server.url}#/drill/offline-probe-extra`);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
    server.takeRequests();
    await writeCode(page, EXTRA_SOLUTION);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    const requests = server.takeRequests();
    expect(requests).toEqual(
      expect.arrayContaining([`/drills/pyodide/${PROBE_WHEEL}`, `/drills/pyodide/${EXTRA_WHEEL}`]),
    );
    expect(requests.filter((p) => !p.replace(/^HEAD /, "").startsWith("/drills/"))).toEqual([]);
    expect(await isCached(page, PACKAGE_CACHE, wheelKey(EXTRA_WHEEL))).toBe(true);
  });

  it("is installable from the sub-path, its start URL and scope inside it", async () => {
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    // this test's browser context has no profile, which Chromium counts as incognito (install.test.ts uses one)
    expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
    const { url, errors, data } = await cdp.send("Page.getAppManifest");
    await cdp.detach();
    expect(url).toBe(`${server.url}manifest.webmanifest`);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? "{}") as { start_url: string; scope: string };
    expect(new URL(manifest.start_url, url).href).toBe(`${server.url}?launch=app`);
    expect(new URL(manifest.scope, url).href).toBe(server.url);
  });

  it("runs the drill offline after a reload", async () => {
    await context.setOffline(true);
    await page.reload();
    await pythonReady(page);
    await page.getByText("You are offline").waitFor();
    await writeCode(page, EXTRA_SOLUTION);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBe(total);
  });
});
