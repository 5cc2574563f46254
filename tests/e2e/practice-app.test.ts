// The practice app as a new user meets it, in Debian Chromium against the built app.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, openApp, openDrill, seriousA11yViolations, TWO_SUM, writeCode } from "../support/app";
import type { Server } from "../support/browser";
import { cursorLine, editorCode, hasErrorMarker, setEditorCode } from "../support/editor";
import { endFile, returningUser, sharedBrowser, sharedPreview } from "../support/shared-app";

let server: Server;
let browser: Browser;
let page: Page;
let exported = "";

beforeAll(async () => {
  server = await sharedPreview();
  browser = await sharedBrowser();
  page = await returningUser();
  await openApp(page, server.url);
});

afterAll(async () => {
  await endFile();
});

async function statusOnRoadmap(p: Page, title: string): Promise<string> {
  await p.goto(`${server.url}#/`);
  const row = p.getByRole("row").filter({ has: p.getByRole("link", { name: title, exact: true }) });
  return ((await row.locator("[data-col=status]").textContent()) ?? "").trim();
}

describe("practising a drill", () => {
  it("opens a drill from the roadmap, runs the samples, submits, and stays solved after a reload", async () => {
    expect(await page.getByRole("heading", { name: "Python basics for AI" }).count()).toBe(1);
    await openDrill(page, "Two Sum");
    expect(page.url()).toContain("#/drill/two-sum");
    await writeCode(page, TWO_SUM);
    expect(await grade(page, "Run")).toEqual([3, 3]);
    expect(await page.locator("[data-status]").count()).toBe(3);
    const [passed, total] = await grade(page, "Submit");
    expect(total).toBeGreaterThan(10);
    expect(passed).toBe(total);
    expect(await page.locator("[data-status][data-kind=hidden]").count()).toBe(total - 3);
    await page.getByRole("heading", { name: "Solved!" }).waitFor();
    await page.getByRole("button", { name: "Read the explanation" }).click();
    await page.getByRole("heading", { name: "Solved: how the reference does it" }).waitFor();

    await page.reload();
    await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
    await page.getByRole("tab", { name: "Solution" }).click();
    await page.getByRole("heading", { name: "Solved: how the reference does it" }).waitFor();
    expect(await editorCode(page)).toBe(TWO_SUM);
    expect(await statusOnRoadmap(page, "Two Sum")).toBe("Solved");
  });

  it("keeps code typed right before a reload", async () => {
    await page.goto(`${server.url}#/drill/two-sum`);
    const code = `${TWO_SUM}# typed a moment ago\n`;
    await writeCode(page, code);
    await page.reload();
    await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
      timeout: 60_000,
    });
    await expect.poll(() => editorCode(page)).toBe(code);
  });

  it("shows a failing submission's diff and a traceback that jumps to the line", async () => {
    await page.goto(`${server.url}#/drill/two-sum`);
    await writeCode(page, "def two_sum(nums, target):\n    if not nums:\n        return nums[0]\n    return [1, 0]\n");
    await grade(page, "Submit");
    const detail = page.getByRole("region", { name: "Selected test" });
    await page.locator("[data-status=fail]").first().click();
    expect(await detail.getAttribute("data-detail-status")).toBe("fail");
    expect(await detail.locator("mark").count()).toBeGreaterThan(0);
    expect(await detail.textContent()).toContain("result[0]: expected 0, got 1");
    await page.locator("[data-status=error]").first().click();
    const frame = detail.getByRole("button", { name: /line 3, in two_sum/ }).first();
    await frame.click();
    await expect.poll(() => cursorLine(page)).toBe(3);
    expect(await hasErrorMarker(page, 3)).toBe(true);
  });

  it("stops an infinite loop with Stop, and the next run works", async () => {
    await writeCode(page, "def two_sum(nums, target):\n    while True:\n        pass\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator("html[data-python-state=running]").waitFor();
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("status").filter({ hasText: "stopped" }).waitFor({ timeout: 15_000 });
    await writeCode(page, TWO_SUM);
    expect(await grade(page, "Run")).toEqual([3, 3]);
  });

  it("answers 'try your own input' with the expected answer and keeps the input", async () => {
    await page.goto(`${server.url}#/drill/two-sum`);
    await page.getByRole("tab", { name: "Try your own input" }).click();
    await page.getByLabel("Call").fill("two_sum([3, 3], 6)");
    await page.getByRole("button", { name: "Try it" }).click();
    const result = page.getByRole("status").filter({ hasText: "two_sum([3, 3], 6)" });
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain("✓ matches the expected answer");
    await page.reload();
    await page.getByRole("tab", { name: "Try your own input" }).click();
    await page.getByRole("button", { name: "two_sum([3, 3], 6)", exact: true }).waitFor();
  });

  it("has no serious accessibility violations on its pages", async () => {
    for (const hash of ["#/", "#/drill/two-sum", "#/stats", "#/mock", "#/data", "#/review"]) {
      await page.goto(`${server.url}${hash}`);
      await page.locator("main h1").first().waitFor();
      expect({ hash, violations: await seriousA11yViolations(page) }).toEqual({ hash, violations: [] });
    }
  });
});

describe("your data", () => {
  it("exports progress and imports it into a fresh profile", async () => {
    await page.goto(`${server.url}#/data`);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export progress" }).click();
    const file = path.join(tmpdir(), `progress-${Date.now()}.json`);
    await (await download).saveAs(file);
    exported = readFileSync(file, "utf8");
    expect(JSON.parse(exported).progress["two-sum"].status).toBe("solved");

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${server.url}#/data`);
    expect(await statusOnRoadmap(other, "Two Sum")).toBe("New");
    await other.goto(`${server.url}#/data`);
    await other.getByLabel("Import progress from a file").setInputFiles(file);
    await other.getByRole("status").filter({ hasText: "Imported:" }).waitFor();
    expect(await statusOnRoadmap(other, "Two Sum")).toBe("Solved");
    await fresh.close();
  });

  it("refuses a corrupted file with a reason and leaves progress unchanged", async () => {
    const broken = JSON.parse(exported);
    broken.progress["two-sum"].attempts[0].passed = "lots";
    const file = path.join(tmpdir(), `broken-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(broken));
    await page.goto(`${server.url}#/data`);
    await page.getByLabel("Import progress from a file").setInputFiles(file);
    const alert = page.getByRole("alert").filter({ hasText: "Import refused" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("passed");
    expect(await statusOnRoadmap(page, "Two Sum")).toBe("Solved");
  });
});

describe("exam mode", () => {
  it("counts down without pause or hints, reports hidden tests as a count, and ends with a summary", async () => {
    const exam = await browser.newContext();
    await exam.clock.install();
    const p = await exam.newPage();
    await openApp(p, server.url);
    await openDrill(p, "Two Sum");
    await p.getByRole("button", { name: "Start exam mode" }).click();
    await p.getByRole("button", { name: "Start exam", exact: true }).click();
    await p.getByRole("region", { name: "Exam" }).waitFor();
    expect(await p.getByRole("heading", { name: "Hints" }).count()).toBe(0);
    expect(await p.getByRole("tab", { name: /Hints|Solution/ }).count()).toBe(0);
    expect(await p.getByRole("button", { name: "Pause timer" }).count()).toBe(0);
    await writeCode(p, TWO_SUM);
    const [passed, total] = await grade(p, "Submit");
    expect(passed).toBe(total);
    expect(await p.getByText(/^Hidden tests: \d+\/\d+ passed$/).count()).toBe(1);
    expect(await p.locator("[data-status]").count()).toBe(3);

    await exam.clock.fastForward("16:00");
    await p.getByText("Time is up: the code in the editor was graded as your final submission").waitFor();
    await expect(setEditorCode(p, "def two_sum(nums, target):\n    return []\n")).rejects.toThrow(/read-only/);
    expect(await p.getByRole("button", { name: "Submit" }).isDisabled()).toBe(true);
    await p.getByRole("link", { name: "See the summary" }).click();
    const summary = p.getByRole("row").filter({ hasText: "Two Sum" });
    expect(await summary.textContent()).toMatch(/✓ solved \(\d+\/\d+ tests\)/);
    await exam.close();
  });
});
