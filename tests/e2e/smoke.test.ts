// The smallest proof that the app works: open it, run a drill's samples, see a pass and a fail.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, openApp, openDrill, writeCode } from "../support/app";
import type { Server } from "../support/browser";
import { endFile, returningUser, sharedPreview } from "../support/shared-app";

let server: Server;
let page: Page;

beforeAll(async () => {
  server = await sharedPreview();
  page = await returningUser();
  await openApp(page, server.url);
});

afterAll(async () => {
  await endFile();
});

describe("smoke", () => {
  it("is cross-origin isolated, so Stop can interrupt Python", async () => {
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  });

  it("runs a drill's sample tests and shows a pass and a fail", async () => {
    await openDrill(page, "Two Sum");
    await writeCode(
      page,
      "def two_sum(nums, target):\n    if target == 9:\n        return [0, 1]\n    return [0, 2]\n",
    );
    expect(await grade(page, "Run")).toEqual([1, 3]);
    expect(await page.locator("[data-status=pass]").count()).toBe(1);
    expect(await page.locator("[data-status=fail]").count()).toBe(2);
    await page.locator("[data-status=fail]").first().click();
    const failing = (await page.getByRole("region", { name: "Selected test" }).textContent()) ?? "";
    expect(failing).toContain("Expected");
    expect(failing).toContain("[1, 2]");
  });
});
