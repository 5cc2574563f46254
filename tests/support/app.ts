/** Shared steps for the browser tests of the practice app. */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { setEditorCode } from "./editor";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const TWO_SUM =
  "def two_sum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen.setdefault(x, j)\n    return []\n";

export async function openApp(page: Page, url: string, hash = "#/"): Promise<void> {
  await page.goto(`${url}${hash}`);
  await page.waitForSelector("html[data-python-state=ready]", { timeout: 90_000 });
}

/** From the roadmap, open a drill by its title, and wait for its editor. */
export async function openDrill(page: Page, title: string): Promise<void> {
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
    timeout: 30_000,
  });
}

export async function writeCode(page: Page, code: string): Promise<void> {
  await setEditorCode(page, code);
}

/** Click Run or Submit and wait for that run's summary line; returns [passed, total]. */
export async function grade(page: Page, button: "Run" | "Submit"): Promise<[number, number]> {
  const before = await page.evaluate(() =>
    Number(document.querySelector(".summary")?.getAttribute("data-report") ?? 0),
  );
  // the button is off while Python (re)starts: after a replaced interpreter, that can take a while on a loaded machine
  await page.getByRole("button", { name: button, exact: true }).click({ timeout: 90_000 });
  const summary = page.locator(".summary").filter({ hasText: /tests passed/ });
  await page.waitForFunction(
    (seq) => Number(document.querySelector(".summary")?.getAttribute("data-report") ?? 0) > seq,
    before,
    { timeout: 60_000 },
  );
  const text = (await summary.textContent()) ?? "";
  const [, passed, total] = /(\d+)\/(\d+) tests passed/.exec(text) ?? [];
  return [Number(passed), Number(total)];
}

/** axe-core's serious and critical violations on the current page, as "rule: target" lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  return violations;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}
