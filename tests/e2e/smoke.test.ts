import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Server, startPreview } from "../support/browser";

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startPreview(4391);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector("html[data-python-state=ready]", { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function setCode(code: string) {
  await page.getByLabel("Code editor").fill(code);
}

describe("the practice page", () => {
  it("is cross-origin isolated, so Stop can interrupt Python", async () => {
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  });

  it("runs a drill's sample tests and shows a pass and a fail", async () => {
    await page.getByRole("button", { name: "Two Sum" }).click();
    await setCode("def two_sum(nums, target):\n    if target == 9:\n        return [0, 1]\n    return [0, 2]\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "tests passed" }).waitFor();
    await expect.poll(() => page.locator("[data-status=pass]").count()).toBe(1);
    expect(await page.locator("[data-status=fail]").count()).toBe(2);
    const details = (await page.locator("[data-status=fail]").first().textContent()) ?? "";
    expect(details).toContain("Expected");
    expect(details).toContain("[1, 2]");
  });

  it("stops an infinite loop and the next run works", async () => {
    await setCode("def two_sum(nums, target):\n    while True:\n        pass\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator("html[data-python-state=running]").waitFor();
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("status").filter({ hasText: "stopped" }).waitFor({ timeout: 10_000 });
    await page.locator("html[data-python-state=ready]").waitFor({ timeout: 30_000 });
    await setCode(
      "def two_sum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen.setdefault(x, j)\n    return []\n",
    );
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByRole("status").filter({ hasText: "tests passed" }).waitFor({ timeout: 30_000 });
    const summary = (await page.getByRole("status").filter({ hasText: "tests passed" }).textContent()) ?? "";
    const [passed, total] = (summary.match(/(\d+)\/(\d+)/) ?? []).slice(1).map(Number);
    expect(total).toBeGreaterThan(10);
    expect(passed).toBe(total);
  });
});
