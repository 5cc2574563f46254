// axe-core on every main page in light and dark, with real content: seeded progress, a drill with results.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/cli/load-challenges";
import { grade, openApp, seriousA11yViolations, writeCode } from "../support/app";
import type { Server } from "../support/browser";
import { seededProgress } from "../support/seed-progress";
import { endFile, returningUser, sharedPreview } from "../support/shared-app";

/** Pyodide's package host, blocked as a captive portal or a corporate proxy would. */
const PACKAGE_HOST = "https://cdn.jsdelivr.net/**";
const FAILING = "def two_sum(nums, target):\n    if not nums:\n        return nums[0]\n    return [1, 0]\n";

let server: Server;
let page: Page;
/** A NumPy or pandas drill the seeded history solved: it offers the rating, and its packages are blocked. */
let solvedWithPackages: string;

beforeAll(async () => {
  server = await sharedPreview();
  page = await returningUser();
  await page.setViewportSize({ width: 1280, height: 860 });
  await openApp(page, server.url, "#/data");
  const seed = path.join(tmpdir(), `a11y-seed-${process.pid}.json`);
  const challenges = loadCatalog().challenges;
  const text = seededProgress(challenges, Date.now());
  writeFileSync(seed, text);
  const solved = (JSON.parse(text) as { progress: Record<string, { status: string }> }).progress;
  solvedWithPackages = challenges.find((c) => c.packages.length > 0 && solved[c.id]?.status === "solved")?.id ?? "";
  await page.getByLabel("Import progress from a file").setInputFiles(seed);
  await page.getByRole("status").filter({ hasText: "Imported:" }).waitFor();
});

afterAll(async () => {
  await endFile();
});

async function check(name: string): Promise<void> {
  expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
}

describe("stats with a practice history", () => {
  it("draws charts with axes, units, dates, a target line, tooltips and the streak", async () => {
    await page.goto(`${server.url}#/stats`);
    await page.getByRole("heading", { level: 1, name: "Your stats" }).waitFor();
    const scatter = page.locator(".chart-card").filter({ hasText: "Time against target" });
    const text = (await scatter.locator("svg").textContent()) ?? "";
    expect(text).toContain("Date solved");
    expect(text).toContain("Time, % of target");
    expect(text).toContain("target (100%)");
    expect(text).toMatch(/100%.*150%|150%.*100%/s);
    expect(text).toMatch(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d+/);
    const point = scatter.locator("circle").first();
    const box = await point.boundingBox();
    if (!box) throw new Error("no point drawn");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = scatter.locator(".chart-tooltip");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/\d+:\d\d of \d+:\d\d \(\d+%\)/);
    expect(await page.locator(".chart-card").filter({ hasText: "Solved per stage" }).textContent()).toContain(
      "Drills solved",
    );
    expect(await page.locator(".chart-card").filter({ hasText: "Accuracy per track" }).textContent()).toContain("%");
    const calendar = page.locator(".chart-card").filter({ hasText: "Practice days" });
    expect(await calendar.textContent()).toMatch(/\d+ days? streak/);
    expect(await calendar.locator("rect.heat-1, rect.heat-2, rect.heat-3, rect.heat-4").count()).toBeGreaterThan(5);
    expect(await page.locator("main").textContent()).not.toMatch(/\b1 (drills|days|submissions)\b/);
  });
});

describe("home", () => {
  it("sorts the drill table and suggests clearing filters when nothing matches", async () => {
    await page.goto(`${server.url}#/`);
    await page.getByRole("heading", { level: 1, name: "Your roadmap" }).waitFor();
    const table = page.locator(".drill-table");
    await table.getByRole("button", { name: /Target/ }).click();
    expect(await table.locator("th[aria-sort=ascending]").textContent()).toContain("Target");
    const minutes = async () =>
      (await table.locator("tbody td.col-target").allTextContents()).map((t) => Number.parseInt(t, 10));
    const up = await minutes();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await table.getByRole("button", { name: /Target/ }).click();
    const down = await minutes();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.getByRole("searchbox", { name: "Search" }).fill("no drill is called this");
    await page.getByText("No drills match these filters").waitFor();
    await page.locator(".empty-state").getByRole("button", { name: "Clear filters" }).click();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(40);
  });
});

describe.each(["light", "dark"] as const)("in the %s theme", (theme) => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme: theme });
  });

  it("home, stage, stats, mock, data and review pages have no serious or critical violations", async () => {
    for (const hash of ["#/", "#/stage/core-ml", "#/stats", "#/mock", "#/data", "#/review"]) {
      await page.goto(`${server.url}${hash}`);
      await page.locator("main h1").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await check(`${theme} ${hash}`);
    }
  });

  it("a drill with a failing submission, its diff and traceback, has none either", async () => {
    await page.goto(`${server.url}#/drill/two-sum`);
    await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
      timeout: 60_000,
    });
    await page.locator(".monaco-editor").waitFor({ timeout: 30_000 });
    await writeCode(page, FAILING);
    await grade(page, "Submit");
    await page.locator("[data-status=fail]").first().click();
    await check(`${theme} drill with a wrong answer`);
    await page.locator("[data-status=error]").first().click();
    await check(`${theme} drill with a traceback`);
    for (const tab of ["Hints", "Solution", "Submissions"]) {
      await page.getByRole("tab", { name: tab }).click();
      await check(`${theme} drill, ${tab} tab`);
    }
    await page.getByRole("tab", { name: "Try your own input" }).click();
    await check(`${theme} drill, try your own input`);
  });

  it("the phone workspace has none", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}#/drill/two-sum`);
    await page.getByRole("heading", { level: 1, name: "Two Sum" }).waitFor();
    await check(`${theme} phone drill`);
    await page.getByRole("tablist", { name: "Workspace" }).getByRole("tab", { name: "Results" }).click();
    await check(`${theme} phone results`);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("a drill whose packages cannot load, with its rating, and a mock interview have none", async () => {
    await page.route(PACKAGE_HOST, (route) => route.abort("connectionrefused"));
    await page.goto(`${server.url}#/drill/${solvedWithPackages}`);
    await page.getByRole("alert").filter({ hasText: "Run and Submit are off" }).waitFor({ timeout: 30_000 });
    await page.getByRole("region", { name: "How did that feel?" }).waitFor();
    await check(`${theme} drill whose packages cannot load, with the rating`);
    await page.goto(`${server.url}#/mock`);
    await page.getByRole("button", { name: "Start the interview" }).click();
    await page.getByRole("navigation", { name: "Drills of this interview" }).waitFor();
    await check(`${theme} mock interview`);
    await page.getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("heading", { name: "Mock interview summary" }).waitFor();
    await check(`${theme} mock interview summary`);
    await page.unroute(PACKAGE_HOST);
  });
});
