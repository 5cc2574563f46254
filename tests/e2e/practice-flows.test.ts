// Timer, exam, mock interviews, review queue, search and drills that cannot load, as a user meets them.
import { readdirSync } from "node:fs";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/catalog/catalog";
import { readFolder } from "../../src/cli/load-challenges";
import { grade, openApp, openDrill, TWO_SUM, writeCode } from "../support/app";
import type { Server } from "../support/browser";
import { setEditorCode } from "../support/editor";
import { endFile, returningUser, sharedBrowser, sharedPreview } from "../support/shared-app";

const CATALOG = buildCatalog(
  readdirSync("challenges", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((t) =>
      readdirSync(`challenges/${t.name}`, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => readFolder(`challenges/${t.name}/${d.name}`)),
    ),
).challenges;
const PACKAGE_HOST = "https://cdn.jsdelivr.net/**";

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await sharedPreview();
  browser = await sharedBrowser();
});

afterAll(async () => {
  await blocked?.unroute(PACKAGE_HOST, refuse);
  await endFile();
});

const own = new Set<BrowserContext>();
let blocked: BrowserContext | null = null;

/**
 * A new user; the package host answers nothing (this machine has no internet anyway). A test that
 * changes the profile itself (its clock, network or routes) gets a fresh one; the others start
 * over in the profile the browser files share, whose Python boots from the snapshot it keeps
 * (support/shared-app.ts).
 */
async function freshPage(
  options: { clock?: boolean; own?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  if (options.clock || options.own) {
    const context = await browser.newContext();
    own.add(context);
    if (options.clock) await context.clock.install();
    await context.route(PACKAGE_HOST, refuse);
    return { context, page: await context.newPage() };
  }
  const page = await returningUser();
  if (!blocked) {
    blocked = page.context();
    await blocked.route(PACKAGE_HOST, refuse);
  }
  return { context: page.context(), page };
}

const refuse = (route: Route) => route.abort("connectionrefused");

/** The end of a test: its own profile is closed; the shared one is left for the next test to start over in. */
async function done(context: BrowserContext): Promise<void> {
  if (own.has(context)) await context.close();
}

async function timerSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole("timer", { name: "Practice timer" }).textContent()) ?? "";
  const [, m, s] = /(\d+):(\d\d) \/ \d+:00/.exec(text) ?? [];
  return Number(m) * 60 + Number(s);
}

describe("the practice timer", () => {
  it("keeps the time across a reload", async () => {
    const { context, page } = await freshPage();
    await openApp(page, server.url, "#/drill/merge-intervals");
    await page.getByRole("timer", { name: "Practice timer" }).waitFor();
    await expect.poll(() => timerSeconds(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    const before = await timerSeconds(page);
    await page.reload();
    await page.getByRole("timer", { name: "Practice timer" }).waitFor();
    // the stored time shows as soon as saved data is read: far sooner than a restarted timer
    // could catch up (it would need `before` seconds; the page gets 4 s less, however loaded the machine)
    await expect.poll(() => timerSeconds(page), { timeout: 6_000, interval: 100 }).toBeGreaterThanOrEqual(before);
    await page.waitForTimeout(1_500);
    expect(await timerSeconds(page)).toBeGreaterThanOrEqual(before);
    await done(context);
  });
});

describe("the practice timer in two tabs", () => {
  it("a second tab shows the same time, and leaving the drill there does not stop or reset the first", async () => {
    const { context, page } = await freshPage();
    await openApp(page, server.url, "#/drill/merge-intervals");
    await expect.poll(() => timerSeconds(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    const second = await context.newPage();
    await second.goto(`${server.url}#/drill/merge-intervals`);
    await second.getByRole("timer", { name: "Practice timer" }).waitFor();
    await expect.poll(() => timerSeconds(second), { timeout: 6_000, interval: 100 }).toBeGreaterThanOrEqual(10);
    // leaving the drill in the second tab pauses the timer there; the first tab still shows the drill
    await second.getByRole("link", { name: "Roadmap" }).first().click();
    await second.getByRole("heading", { name: "Your roadmap" }).waitFor();
    await page.waitForTimeout(2_000);
    const after = await timerSeconds(page);
    expect(after).toBeGreaterThanOrEqual(12);
    expect(await page.getByRole("button", { name: "Pause timer" }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => timerSeconds(page), { timeout: 6_000, interval: 100 }).toBeGreaterThanOrEqual(after);
    await second.close();
    await done(context);
  });
});

describe("exam mode", () => {
  it("grades the code in the editor when time runs out, then makes it read-only", async () => {
    const { context, page } = await freshPage({ clock: true });
    await openApp(page, server.url);
    await openDrill(page, "Two Sum");
    await page.getByRole("button", { name: "Start exam mode" }).click();
    await page.getByRole("button", { name: "Start exam", exact: true }).click();
    await page.getByRole("region", { name: "Exam" }).waitFor();
    await writeCode(page, TWO_SUM);
    await page.clock.fastForward("16:00");
    await page
      .getByText("Time is up: the code in the editor was graded as your final submission")
      .waitFor({ timeout: 90_000 });
    const summary = (await page.locator(".summary").textContent()) ?? "";
    const [, passed, total] = /(\d+)\/(\d+) tests passed/.exec(summary) ?? [];
    expect(Number(total)).toBeGreaterThan(10);
    expect(passed).toBe(total);
    await expect(setEditorCode(page, "def two_sum(nums, target):\n    return []\n")).rejects.toThrow(/read-only/);
    await page.getByRole("link", { name: "See the summary" }).first().click();
    const row = page.getByRole("row").filter({ hasText: "Two Sum" });
    expect(await row.textContent()).toMatch(/✓ solved \(\d+\/\d+ tests\)/);
    expect(await page.getByRole("link", { name: "Back to the drill" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Start another mock interview" }).count()).toBe(0);
    await done(context);
  });
});

describe("exam mode, hidden tests", () => {
  it("a hidden test that errors shows the kind of error, not a bare line marker", async () => {
    const { context, page } = await freshPage();
    await openApp(page, server.url);
    await openDrill(page, "Two Sum");
    await page.getByRole("button", { name: "Start exam mode" }).click();
    await page.getByRole("button", { name: "Start exam", exact: true }).click();
    await page.getByRole("region", { name: "Exam" }).waitFor();
    const code = TWO_SUM.replace("    seen = {}\n", "    seen = {}\n    if len(nums) > 4:\n        return 1 // 0\n");
    await writeCode(page, code);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBeLessThan(total);
    const failures = page.getByRole("list", { name: "Hidden tests that did not pass" });
    const items = await failures.getByRole("listitem").allTextContents();
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item).toMatch(/ZeroDivisionError$/);
    expect(await page.getByText("Traceback").count()).toBe(0);
    await done(context);
  });
});

describe("mock interviews", () => {
  it("offline, picks only drills that can run, moves back and forth, and asks before finishing", async () => {
    const { context, page } = await freshPage({ own: true });
    // the editor's code loads on the first drill page: open one while online, as a user does
    await openApp(page, server.url);
    await openDrill(page, "Two Sum");
    await page.getByRole("link", { name: "Mock interview" }).click();
    await page.getByRole("heading", { name: "Mock interview", level: 1 }).waitFor();
    await context.setOffline(true);
    const status = page.locator(".mock-availability");
    await expect.poll(async () => (await status.textContent()) ?? "").toMatch(/more cannot run now/);
    const runnable = CATALOG.filter((c) => c.packages.length === 0);
    expect(await status.textContent()).toContain(`${runnable.length} drills available under these filters`);

    await page.getByLabel("Number of drills").fill("4");
    await page.getByRole("button", { name: "Start the interview" }).click();
    const drills = page.getByRole("navigation", { name: "Drills of this interview" }).getByRole("listitem");
    await drills.first().waitFor();
    const titles = (await drills.allTextContents()).map((t) => t.replace(/^\d+\. /, "").replace(" ✓ submitted", ""));
    expect(titles).toHaveLength(4);
    const allowed = new Set(runnable.map((c) => c.title));
    for (const t of titles) expect(allowed.has(t), `${t} needs packages`).toBe(true);

    const heading = () => page.getByRole("heading", { level: 1 }).textContent();
    await page.getByRole("button", { name: "Next drill" }).click();
    await expect.poll(heading).toBe(titles[1]);
    await page.getByRole("button", { name: "Previous drill" }).click();
    await expect.poll(heading).toBe(titles[0]);
    // a plain name, not a RegExp: titles hold regex characters ("(synchronous and in-place)")
    await page.getByRole("button", { name: `3. ${titles[2]}` }).click();
    await expect.poll(heading).toBe(titles[2]);

    await page.getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    expect(page.url()).toContain("#/drill/");
    await page.getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("heading", { name: "Mock interview summary" }).waitFor();
    await done(context);
  });
});

describe("drills whose packages cannot load", () => {
  it("marks NumPy drills before any click when the package host is blocked, with what to do, and Run off", async () => {
    const { context, page } = await freshPage({ own: true });
    await page.goto(`${server.url}#/`);
    const needPackages = CATALOG.filter((c) => c.packages.length > 0);
    expect(needPackages.filter((c) => c.packages.includes("numpy")).length).toBeGreaterThan(5);
    const banner = page.getByRole("status").filter({ hasText: "cannot run now" });
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain(`${needPackages.length} drills cannot run now`);
    expect(await banner.textContent()).toContain("npm run vendor-packages");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "One-hot encode", exact: false }) });
    expect(await row.first().textContent()).toMatch(/cannot run now \(numpy.*: package host unreachable\)/);

    await page.goto(`${server.url}#/drill/one-hot-encode`);
    const notice = page.getByRole("alert").filter({ hasText: "Run and Submit are off" });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("package host does not answer");
    expect(await notice.textContent()).toContain("npm run vendor-packages");
    expect(await page.getByRole("button", { name: "Run", exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Submit", exact: true }).isDisabled()).toBe(true);

    // the host answers again: "Check again" lifts the block
    await context.unroute(PACKAGE_HOST);
    await context.route(PACKAGE_HOST, (route) => route.fulfill({ status: 200, body: "" }));
    await notice.getByRole("button", { name: "Check again" }).click();
    await notice.waitFor({ state: "detached" });
    await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
    await expect.poll(() => page.getByRole("button", { name: "Run", exact: true }).isDisabled()).toBe(false);
    await done(context);
  });
});

describe("the review queue", () => {
  it("lists a clean solve at 14 days, and a rating of Easy (key 4) moves it to 30", async () => {
    const { context, page } = await freshPage();
    await openApp(page, server.url);
    await openDrill(page, "Two Sum");
    await writeCode(page, TWO_SUM);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBe(total);
    const rating = page.getByRole("region", { name: "How did that feel?" });
    await rating.waitFor();
    expect(await rating.getByRole("status").textContent()).toMatch(/Next review in 14 days .* solved cleanly/);

    await page.goto(`${server.url}#/review`);
    const upcoming = page.getByRole("list", { name: "Coming up" }).getByRole("listitem").filter({ hasText: "Two Sum" });
    expect(await upcoming.textContent()).toMatch(/due in 14 days .*interval 14 days, rated good/);

    await page.goto(`${server.url}#/drill/two-sum`);
    await rating.waitFor();
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("4");
    await expect.poll(() => rating.getByRole("status").textContent()).toMatch(/Next review in 30 days/);
    expect(await rating.getByRole("button", { name: /^Easy/ }).getAttribute("aria-pressed")).toBe("true");

    await page.goto(`${server.url}#/review`);
    expect(await upcoming.textContent()).toMatch(/due in 30 days .*rated easy/);
    await page.goto(`${server.url}#/`);
    expect(await page.getByRole("region", { name: /Review: 0 due today/ }).textContent()).toContain("in 30 days");
    await done(context);
  });
});

describe("finding drills", () => {
  it('searching "numpy" lists the NumPy drills first, with the word highlighted', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.url}#/`);
    await page.getByRole("searchbox", { name: "Search" }).fill("numpy");
    const numpyTrack = CATALOG.filter((c) => c.track === "numpy").map((c) => c.title);
    const links = page.getByRole("table").getByRole("link");
    await expect
      .poll(async () => (await links.allTextContents()).slice(0, numpyTrack.length).sort())
      .toEqual([...numpyTrack].sort());
    expect(await page.getByRole("table").locator("mark").first().textContent()).toMatch(/numpy/i);
    expect(page.url()).toContain("q=numpy");
    await done(context);
  });

  it("keeps the filters in the URL across a reload and Back", async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.url}#/`);
    await page.getByRole("combobox", { name: "Track" }).selectOption("pandas");
    await page.getByRole("searchbox", { name: "Search" }).fill("group");
    const caption = page.getByRole("table").locator("caption");
    await expect.poll(() => page.url()).toContain("track=pandas");
    const shown = await caption.textContent();
    expect(shown).not.toMatch(/^(\d+) of \1 drills/);

    await page.reload();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("searchbox", { name: "Search" }).inputValue()).toBe("group");
    expect(await page.getByRole("combobox", { name: "Track" }).inputValue()).toBe("pandas");
    expect(await caption.textContent()).toBe(shown);

    await page.getByRole("table").getByRole("link").first().click();
    await page.waitForURL(/#\/drill\//);
    await page.goBack();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("searchbox", { name: "Search" }).inputValue()).toBe("group");
    expect(await caption.textContent()).toBe(shown);

    await page.getByLabel("Tag", { exact: true }).fill("groupby");
    await expect.poll(() => page.url()).toContain("tag=groupby");
    await done(context);
  });
});

describe("messages", () => {
  it("says a syntax error and a wrong answer once, a stop with its count, and where Ctrl+M is", async () => {
    const { context, page } = await freshPage();
    await openApp(page, server.url);
    await openDrill(page, "Two Sum");
    expect(await page.getByText("Ctrl+M", { exact: false }).count()).toBeGreaterThan(0);
    await writeCode(page, "def two_sum(nums, target)\n    return []\n");
    await grade(page, "Run");
    const alerts = page.getByRole("alert").filter({ hasText: "SyntaxError" });
    expect(await alerts.count()).toBe(1);
    expect(await alerts.textContent()).toContain("Go to line 1");
    expect(await page.locator(".test-detail .message").count()).toBe(0);

    await writeCode(page, "def two_sum(nums, target):\n    return [1, 0]\n");
    await grade(page, "Run");
    const wrong = page.locator("[data-detail-status=fail]").first();
    const text = (await wrong.textContent()) ?? "";
    expect(text.split("result[0]: expected 0, got 1").length - 1).toBe(1);

    await writeCode(page, "def two_sum(nums, target):\n    while True:\n        pass\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator("html[data-python-state=running]").waitFor();
    await page.getByRole("button", { name: "Stop" }).click();
    const stopped = page.getByRole("status").filter({ hasText: /Stopped after \d+ of 3 tests/ });
    await stopped.waitFor({ timeout: 15_000 });
    expect(await stopped.textContent()).not.toContain("0/0");
    await done(context);
  });
});
