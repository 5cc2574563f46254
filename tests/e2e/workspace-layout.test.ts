// The workspace's layout as a new user meets it at desktop, laptop and phone sizes.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, openApp, writeCode } from "../support/app";
import type { Server } from "../support/browser";
import { endFile, returningUser, sharedBrowser, sharedPreview } from "../support/shared-app";

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;
const PAGES = [
  "#/",
  "#/?q=numpy",
  "#/stage/python-basics",
  "#/drill/two-sum",
  "#/stats",
  "#/mock",
  "#/data",
  "#/review",
];
const FAILING = "def two_sum(nums, target):\n    print('looking', target)\n    return [1, 0]\n";

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await sharedPreview();
  browser = await sharedBrowser();
  page = await returningUser();
  await page.setViewportSize(SIZES[0]);
  await openApp(page, server.url);
});

afterAll(async () => {
  await endFile();
});

const horizontalOverflow = (p: Page) =>
  p.evaluate(() => {
    const doc = document.documentElement;
    return Math.max(doc.scrollWidth, document.body.scrollWidth) - doc.clientWidth;
  });

/** Whether the element is entirely inside the viewport (not scrolled or clipped out of it). */
const inView = (p: Page, selector: string) =>
  p
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth
      );
    });

async function openDrillPage(p: Page, id: string, title: string): Promise<void> {
  await p.goto(`${server.url}#/drill/${id}`);
  await p.getByRole("heading", { level: 1, name: title }).waitFor();
  await p.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, { timeout: 60_000 });
}

const openTwoSum = (p: Page) => openDrillPage(p, "two-sum", "Two Sum");
const workspaceTab = (p: Page, name: string) =>
  p.getByRole("tablist", { name: "Workspace" }).getByRole("tab", { name });

describe("no horizontal scroll", () => {
  for (const size of SIZES) {
    it(`on any page at ${size.width}x${size.height}`, async () => {
      await page.setViewportSize(size);
      for (const hash of PAGES) {
        await page.goto(`${server.url}${hash}`);
        await page.locator("main h1").first().waitFor();
        expect({ hash, overflow: await horizontalOverflow(page) }).toEqual({ hash, overflow: 0 });
      }
      await openTwoSum(page);
      if (size.width < 700) await workspaceTab(page, "Code").click();
      await writeCode(page, FAILING);
      await grade(page, "Submit");
      expect({ drillWithResults: await horizontalOverflow(page) }).toEqual({ drillWithResults: 0 });
    });
  }
});

describe("the drill workspace on wide screens", () => {
  for (const size of SIZES.slice(0, 2)) {
    it(`keeps the editor and Run/Submit in view with the statement scrolled to its end (${size.width}px)`, async () => {
      await page.setViewportSize(size);
      // the longest statement, so its pane has to scroll
      await openDrillPage(page, "matrix-class", "A Matrix class with operators");
      const panel = page.locator(".statement-body");
      await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      expect(await panel.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1)).toBe(true);
      expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await inView(page, ".drill-editor")).toBe(true);
      expect(await inView(page, "button:text-is('Run')")).toBe(true);
      expect(await inView(page, "button:text-is('Submit')")).toBe(true);
      expect(await inView(page, ".console-pane")).toBe(true);
    });
  }

  it("lists the sample tests with their inputs before the first run, then chips with details after it", async () => {
    await page.setViewportSize(SIZES[0]);
    const fresh = await browser.newPage({ viewport: SIZES[0] });
    await openApp(fresh, server.url, "#/drill/two-sum");
    const samples = fresh.locator(".sample");
    expect(await samples.count()).toBe(3);
    expect(await samples.first().textContent()).toContain("two_sum([2, 7, 11, 15], 9)");
    await fresh.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
      timeout: 60_000,
    });
    await writeCode(fresh, FAILING);
    expect(await grade(fresh, "Run")).toEqual([0, 3]);
    expect(await fresh.locator("[data-status=fail][data-kind=sample]").count()).toBe(3);
    const detail = fresh.getByRole("region", { name: "Selected test" });
    expect(await detail.textContent()).toContain("Expected");
    await fresh.getByRole("tab", { name: "Output" }).click();
    expect(await fresh.locator(".console-output").textContent()).toContain("looking 9");
    await fresh.close();
  });

  it("shows Stop in place of Run while tests run", async () => {
    await page.setViewportSize(SIZES[0]);
    await openTwoSum(page);
    await writeCode(page, "def two_sum(nums, target):\n    while True:\n        pass\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByRole("button", { name: "Stop" }).waitFor();
    expect(await page.getByRole("button", { name: "Run", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Submit" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("button", { name: "Run", exact: true }).waitFor({ timeout: 20_000 });
  });

  it("remembers the divider positions after a reload", async () => {
    await page.setViewportSize(SIZES[0]);
    await openTwoSum(page);
    const divider = page.getByRole("separator", { name: "Resize the statement and editor" });
    const before = Number(await divider.getAttribute("aria-valuenow"));
    await divider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    const after = Number(await divider.getAttribute("aria-valuenow"));
    expect(after).toBe(before + 8);
    const box = await divider.boundingBox();
    if (!box) throw new Error("no divider");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 144, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const dragged = Number(await divider.getAttribute("aria-valuenow"));
    expect(dragged).toBeLessThan(after - 5);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor();
    expect(
      Number(
        await page.getByRole("separator", { name: "Resize the statement and editor" }).getAttribute("aria-valuenow"),
      ),
    ).toBe(dragged);
  });
});

describe("the drill workspace on a phone", () => {
  it("has Run on screen without scrolling, and opens the results after a Run", async () => {
    const phone = await browser.newPage({ viewport: SIZES[2], isMobile: true, hasTouch: true });
    await openApp(phone, server.url, "#/drill/two-sum");
    await phone.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor();
    expect(await workspaceTab(phone, "Statement").getAttribute("aria-selected")).toBe("true");
    expect(await inView(phone, "button:text-is('Run')")).toBe(true);
    expect(await inView(phone, "button:text-is('Submit')")).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    await workspaceTab(phone, "Code").click();
    await phone.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
      timeout: 60_000,
    });
    expect(await inView(phone, ".drill-editor")).toBe(true);
    await writeCode(phone, FAILING);
    expect(await grade(phone, "Run")).toEqual([0, 3]);
    expect(await workspaceTab(phone, "Results").getAttribute("aria-selected")).toBe("true");
    expect(await inView(phone, ".summary")).toBe(true);
    expect(await inView(phone, "button:text-is('Run')")).toBe(true);
    expect(await phone.locator(".drill-editor").isVisible()).toBe(false);
    await phone.close();
  });
});

describe("navigation", () => {
  it("names the page in the title and moves focus to its heading", async () => {
    await page.setViewportSize(SIZES[0]);
    await page.goto(`${server.url}#/`);
    await page.getByRole("heading", { level: 1, name: "Your roadmap" }).waitFor();
    await expect.poll(() => page.title()).toBe("Roadmap · AI Interview Drills");
    const steps: [() => Promise<void>, string, string][] = [
      [() => page.getByRole("link", { name: "Stats" }).click(), "Your stats", "Stats · AI Interview Drills"],
      [
        () => page.getByRole("link", { name: "Mock interview" }).click(),
        "Mock interview",
        "Mock interview · AI Interview Drills",
      ],
      [() => page.getByRole("link", { name: "Your data" }).click(), "Your data", "Your data · AI Interview Drills"],
      [
        () => page.getByRole("link", { name: "Review", exact: true }).click(),
        "Review queue",
        "Review queue · AI Interview Drills",
      ],
      [() => page.getByRole("link", { name: "Roadmap" }).click(), "Your roadmap", "Roadmap · AI Interview Drills"],
      [
        () => page.getByRole("link", { name: /Stage 1 Python basics for AI/ }).click(),
        "Python basics for AI",
        "Python basics for AI · AI Interview Drills",
      ],
      [
        () => page.getByRole("link", { name: "Two Sum", exact: true }).click(),
        "Two Sum",
        "Two Sum · AI Interview Drills",
      ],
    ];
    for (const [go, heading, title] of steps) {
      await go();
      await expect.poll(() => page.title()).toBe(title);
      await expect
        .poll(() =>
          page.evaluate(() => (document.activeElement?.tagName === "H1" ? document.activeElement.textContent : null)),
        )
        .toBe(heading);
    }
  });

  it("does not load Monaco on the home page, only once a drill opens", async () => {
    const fresh = await browser.newPage({ viewport: SIZES[0] });
    const requests: string[] = [];
    fresh.on("request", (r) => requests.push(r.url()));
    await openApp(fresh, server.url, "#/");
    await fresh.getByRole("heading", { level: 1, name: "Your roadmap" }).waitFor();
    await fresh.waitForTimeout(1000);
    const monaco = (urls: string[]) => urls.filter((u) => /editor\.api|monaco-setup|MonacoEditor|codicon/.test(u));
    expect(monaco(requests)).toEqual([]);
    await fresh.getByRole("link", { name: "Two Sum", exact: true }).first().click();
    await fresh.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
      timeout: 60_000,
    });
    expect(monaco(requests).length).toBeGreaterThan(0);
    await fresh.close();
  });

  it("switches the theme and remembers the choice on this device", async () => {
    const fresh = await browser.newPage({ viewport: SIZES[0], colorScheme: "light" });
    await openApp(fresh, server.url, "#/drill/two-sum");
    await fresh.locator(".monaco-editor.vs").waitFor({ timeout: 60_000 });
    expect(await fresh.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    const themeButton = fresh.getByRole("button", { name: /^Theme:/ });
    expect(await themeButton.getAttribute("aria-label")).toBe("Theme: System");
    await themeButton.click();
    expect(await themeButton.getAttribute("aria-label")).toBe("Theme: Light");
    await themeButton.click();
    expect(await themeButton.getAttribute("aria-label")).toBe("Theme: Dark");
    expect(await fresh.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await fresh.locator(".monaco-editor.vs-dark").waitFor();
    const background = () => fresh.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await fresh.reload();
    await fresh.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor();
    expect(await fresh.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background()).toBe(dark);
    await fresh.getByRole("button", { name: "Theme: Dark" }).click();
    expect(await fresh.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await fresh.close();
  });
});
