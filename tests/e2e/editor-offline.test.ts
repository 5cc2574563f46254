// The editor's code is downloaded when a drill opens. When that download fails (offline before it was
// cached, or a deploy replaced the files), the drill page says so inside the editor's area with a Retry
// button, keeps the candidate's code in view, and Retry brings the editor once the files can be had.
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "../support/browser";
import { editorCode } from "../support/editor";
import { endFile, sharedBrowser, sharedPreview } from "../support/shared-app";

let server: Server;
let browser: Browser;
const SHOTS = process.env.EDITOR_OFFLINE_SHOTS; // a folder: also save screenshots there to look at

beforeAll(async () => {
  server = await sharedPreview();
  browser = await sharedBrowser();
}, 120_000);

afterAll(async () => {
  await endFile();
});

/** A fresh profile without a service worker, so every file comes from the network (nothing cached yet). */
async function freshPage(viewport = { width: 1280, height: 800 }, colorScheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ serviceWorkers: "block", viewport, colorScheme });
  return { context, page: await context.newPage() };
}

/** Makes requests for the chunk named `chunk` fail as they do offline, until the returned function is called. */
async function blockChunk(context: BrowserContext, chunk: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`);
  const blocked: string[] = [];
  const handler = (route: Route) => {
    blocked.push(route.request().url());
    return route.abort("internetdisconnected");
  };
  await context.route(pattern, handler);
  return async () => {
    expect(blocked.length).toBeGreaterThan(0); // the test blocked what the page really asked for
    await context.unroute(pattern, handler);
  };
}

const failedNotice = (page: Page) =>
  page.getByRole("alert").filter({ hasText: "The code editor could not be downloaded" });

async function monacoReady(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
    timeout: 60_000,
  });
}

describe("the editor's code cannot be downloaded", () => {
  it("the drill page says so in the editor's area, shows the code, and Retry brings the editor", async () => {
    const { context, page } = await freshPage();
    const unblock = await blockChunk(context, "CodeEditor");
    await page.goto(`${server.url}#/drill/two-sum`);
    await failedNotice(page).waitFor({ timeout: 60_000 });
    // the rest of the page stays: the statement, the editor's header, Run
    await page.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor();
    expect(await page.getByRole("region", { name: "Your solution" }).getByRole("alert").count()).toBe(1);
    expect(await page.locator(".editor-load-failed pre").textContent()).toContain("def two_sum");
    await shoot(page, "editor-offline-light-desktop");

    await unblock();
    await failedNotice(page).getByRole("button", { name: "Retry" }).click();
    await monacoReady(page);
    expect(await failedNotice(page).count()).toBe(0);
    expect(await editorCode(page)).toContain("def two_sum");
    await context.close();
  }, 180_000);

  it("when only Monaco fails, the code can still be typed in a plain text area, and Retry brings Monaco", async () => {
    const { context, page } = await freshPage();
    const unblock = await blockChunk(context, "MonacoEditor");
    await page.goto(`${server.url}#/drill/two-sum`);
    await failedNotice(page).waitFor({ timeout: 60_000 });
    const plain = page.getByRole("textbox", { name: "Code editor" });
    await plain.fill("def two_sum(nums, target):\n    return [0, 1]\n");
    await unblock();
    await failedNotice(page).getByRole("button", { name: "Retry" }).click();
    await monacoReady(page);
    expect(await editorCode(page)).toBe("def two_sum(nums, target):\n    return [0, 1]\n");
    await context.close();
  }, 180_000);

  it.runIf(SHOTS)(
    "looks right at desktop, laptop and phone sizes, light and dark (screenshots)",
    async () => {
      const sizes = {
        desktop: { width: 1440, height: 900 },
        laptop: { width: 1024, height: 768 },
        phone: { width: 390, height: 844 },
      } as const;
      for (const [kind, viewport] of Object.entries(sizes))
        for (const scheme of ["light", "dark"] as const) {
          const name = `editor-offline-${scheme}-${kind}`;
          const { context, page } = await freshPage(viewport, scheme);
          await blockChunk(context, "CodeEditor");
          await page.goto(`${server.url}#/drill/two-sum`);
          await page.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor({ timeout: 60_000 });
          // on a phone the editor is behind the workspace's Code tab
          if (viewport.width < 700)
            await page.getByRole("tablist", { name: "Workspace" }).getByRole("tab", { name: "Code" }).click();
          await failedNotice(page).waitFor({ timeout: 60_000 });
          await shoot(page, name);
          await context.close();
        }
    },
    240_000,
  );
});

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}
