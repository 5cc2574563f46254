// The app installs: Chromium finds no installability errors, and its manifest parses cleanly.
// Launched from its start URL while offline, in a fresh page of the same profile, it opens the
// drill the user left and runs it. Installed, it opens in a standalone window where an update
// is offered and applied as in a tab. A real profile (a persistent context), on a host that
// sends no COOP/COEP headers.
// DRILL_SCREENSHOTS=1 also saves the screenshots in docs/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, TWO_SUM, writeCode } from "../support/app";
import { CHROMIUM, chromiumArgs, testPort } from "../support/browser";
import { buildOfflineApp, firstVisit, pythonReady } from "../support/offline-app";
import { startTestServer, type TestServer } from "../support/test-server";

// a user's browser: an installed app's own profile, optimised WebAssembly included
const ARGS = chromiumArgs({ optimisedWasm: true });
const SCREENSHOTS = process.env.DRILL_SCREENSHOTS ? path.resolve("docs/screenshots") : null;
let root: string;
let profile: string;
const dir = { A: "", B: "" };
let server: TestServer;
let context: BrowserContext;
let page: Page;
let startUrl: string;

interface Manifest {
  id: string;
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
  shortcuts: { name: string; url: string }[];
  launch_handler: { client_mode: string[] };
}

function openProfile(extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...ARGS, ...extraArgs],
    viewport: { width: 1000, height: 700 },
  });
}

async function screenshot(target: Page | Locator, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: path.join(SCREENSHOTS, name) });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "drill-install-"));
  profile = path.join(root, "profile");
  for (const v of ["A", "B"] as const) {
    dir[v] = path.join(root, v);
    buildOfflineApp(dir[v], v);
  }
  server = await startTestServer(dir.A, testPort(4403));
  context = await openProfile();
  page = context.pages()[0] ?? (await context.newPage());
}, 240_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("installing the app", () => {
  it("has no installability errors, and its manifest parses without errors", async () => {
    await firstVisit(page, server.url);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    const { url, errors, data } = await cdp.send("Page.getAppManifest");
    expect(url).toBe(`${server.url}manifest.webmanifest`);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? "{}") as Manifest;
    expect(manifest).toMatchObject({ name: "AI Interview Drills", short_name: "Drills", display: "standalone" });
    // relative to the manifest, so the app installs from any path of any host
    expect([manifest.start_url, manifest.scope, manifest.id]).toEqual(["./?launch=app", "./", "./"]);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
    );
    expect(manifest.shortcuts.map((s) => s.name)).toEqual([
      "Continue last drill",
      "Roadmap",
      "Review queue",
      "Mock interview",
    ]);
    expect(manifest.launch_handler.client_mode).toContain("navigate-existing");
    // every icon is a PNG of the size the manifest says
    const sizes = await page.evaluate(
      async (icons) =>
        Promise.all(
          icons.map(async (i) => {
            const bitmap = await createImageBitmap(await (await fetch(i.src)).blob());
            return `${bitmap.width}x${bitmap.height}`;
          }),
        ),
      manifest.icons,
    );
    expect(sizes).toEqual(manifest.icons.map((i) => i.sizes));
    startUrl = new URL(manifest.start_url, url).href;
  });

  it('offers "Install app" on the data page', async () => {
    await page.goto(`${server.url}#/data`);
    const button = page.getByRole("button", { name: "Install app" });
    await button.waitFor();
    await screenshot(
      page.locator("section").filter({ has: page.getByRole("heading", { name: "Install the app" }) }),
      "install-button.png",
    );
  });

  it("launched offline from the start URL in a fresh page, opens the drill the user left and runs it", async () => {
    await page.goto(`${server.url}#/drill/two-sum`);
    await page.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor();
    // the first visit's snapshot of the warmed-up interpreter is written in the background
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open("drill-python-snapshot")).keys()).length), {
        timeout: 60_000,
      })
      .toBe(1);
    await context.setOffline(true);
    const launched = await context.newPage();
    await launched.goto(startUrl);
    await launched.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor({ timeout: 60_000 });
    expect(new URL(launched.url()).hash).toBe("#/drill/two-sum");
    await pythonReady(launched);
    expect(await launched.evaluate(() => document.documentElement.dataset.pythonBoot)).toBe("snapshot");
    await launched.getByText("You are offline").waitFor();
    await writeCode(launched, TWO_SUM);
    expect(await grade(launched, "Run")).toEqual([3, 3]);
    await launched.close();
    await context.setOffline(false);
  });

  it("installed, opens in a standalone window where the user left off, and updates there", async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("PWA.install", { manifestId: server.url });
    await context.close();
    // as the app's icon does: the app in its own window, from the same profile
    context = await openProfile([`--app=${startUrl}`]);
    const app = context.pages()[0] ?? (await context.waitForEvent("page"));
    await app.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor({ timeout: 60_000 });
    expect(await app.evaluate(() => matchMedia("(display-mode: standalone)").matches)).toBe(true);
    await pythonReady(app);
    await screenshot(app, "installed-app-window.png");
    await app.goto(`${server.url}#/data`);
    await app.getByText("You are using the installed app").waitFor();

    server.setRoot(dir.B);
    await app.goto(`${server.url}#/drill/offline-probe`);
    await app.reload();
    await app.getByRole("button", { name: "Reload to update" }).click({ timeout: 60_000 });
    await app.getByRole("heading", { level: 1, name: "Offline probe (version B)" }).waitFor({ timeout: 60_000 });
    expect(await app.evaluate(() => matchMedia("(display-mode: standalone)").matches)).toBe(true);
    await pythonReady(app);
  });

  it("tells a browser that makes no install offer how to install (an iPhone's Safari)", async () => {
    // its user agent, and no beforeinstallprompt reaches the app (last, so that its Python worker,
    // booting under another user agent, cannot disturb the snapshot the tests above rely on)
    const iphone = await context.newPage();
    await iphone.addInitScript(() =>
      addEventListener("beforeinstallprompt", (e) => e.stopImmediatePropagation(), { capture: true }),
    );
    const iphoneCdp = await context.newCDPSession(iphone);
    await iphoneCdp.send("Emulation.setUserAgentOverride", {
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    });
    await iphone.goto(`${server.url}#/data`);
    const howTo = iphone.locator("details").filter({ hasText: "How to install" });
    await howTo.waitFor();
    expect(await howTo.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await howTo.getByRole("listitem").first().textContent()).toContain("Add to Home Screen");
    expect(await iphone.getByRole("button", { name: "Install app" }).count()).toBe(0);
    await screenshot(
      iphone.locator("section").filter({ has: iphone.getByRole("heading", { name: "Install the app" }) }),
      "install-how-to-ios.png",
    );
  });
});
