// Later visits boot Python from a memory snapshot; a broken snapshot falls back to a normal boot.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, openApp, openDrill, TWO_SUM, writeCode } from "../support/app";
import type { Server } from "../support/browser";
import { endFile, sharedBrowser, sharedPreview } from "../support/shared-app";

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await sharedPreview();
  browser = await sharedBrowser();
  page = await (await browser.newContext()).newPage();
  await openApp(page, server.url);
});

afterAll(async () => {
  await endFile();
});

const bootKind = () => page.evaluate(() => document.documentElement.dataset.pythonBoot);
const snapshotSaved = () =>
  page.evaluate(async () => (await (await caches.open("drill-python-snapshot")).keys()).length);

describe("fast start", () => {
  it("boots from scratch on the first visit, then from a snapshot", async () => {
    expect(await bootKind()).toBe("fresh");
    await expect.poll(snapshotSaved, { timeout: 30_000 }).toBe(1);
    await page.reload();
    await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
    expect(await bootKind()).toBe("snapshot");
    await openDrill(page, "Two Sum");
    await writeCode(page, TWO_SUM);
    expect(await grade(page, "Run")).toEqual([3, 3]);
  });

  it("registers the service worker once Python is ready, on a host that isolates the page itself", async () => {
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url);
  });

  it("discards a corrupt snapshot, boots normally and still grades", async () => {
    await page.evaluate(async () => {
      const cache = await caches.open("drill-python-snapshot");
      for (const key of await cache.keys()) await cache.put(key, new Response("not a snapshot"));
    });
    await page.reload();
    await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
    expect(await bootKind()).toBe("fresh");
    expect(await grade(page, "Run")).toEqual([3, 3]);
    await expect.poll(snapshotSaved, { timeout: 30_000 }).toBe(1);
  });
});
