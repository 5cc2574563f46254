// The editor's help as a candidate meets it in the built app: Ruff's squiggles with hover text,
// its formatter (one undo step) and quick fixes, Jedi's completions and signature help; then all
// of it again after going offline and reloading. Jedi and parso come from the local pip mirror,
// checked against a test lock file like any wheel (Pyodide's pinned versions are not available here).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AS_A_USER, launchBrowser, testPort } from "../support/browser";
import { editorCode, setEditorCode } from "../support/editor";
import { hoverAt, lintedMarkers, lintMarkers, lintRuns } from "../support/editor-intel";
import { writeJediPackages } from "../support/jedi-wheels";
import { buildOfflineApp, firstVisit, pythonReady } from "../support/offline-app";
import { startTestServer, type TestServer } from "../support/test-server";

const PORT = testPort(4630);
const URL_ = `http://127.0.0.1:${PORT}/`;
const UGLY = "def two_sum( nums,target ):\n  seen={}\n  return [ seen.get(x,0) for x in nums ]\n";
const FORMATTED = "def two_sum(nums, target):\n    seen = {}\n    return [seen.get(x, 0) for x in nums]\n";

let out: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "drill-intel-"));
  buildOfflineApp(out);
  const packages = path.join(out, "test-packages");
  mkdirSync(packages);
  writeJediPackages(packages);
  writeFileSync(
    path.join(out, "drill-config.json"),
    JSON.stringify({ packageBaseUrl: "./test-packages/", lockFileURL: "./test-packages/pyodide-lock.json" }),
  );
  server = await startTestServer(out, PORT);
  browser = await launchBrowser(AS_A_USER);
  context = await browser.newContext();
  page = await context.newPage();
  await firstVisit(page, URL_);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function openTwoSum(): Promise<void> {
  await page.goto(`${URL_}#/drill/two-sum`);
  await pythonReady(page);
  await page.waitForFunction(() => window.__drillEditors?.["Code editor"]?.kind === "monaco", undefined, {
    timeout: 30_000,
  });
}

async function squiggleWithHover(): Promise<void> {
  const runs = await lintRuns(page);
  await setEditorCode(page, "def two_sum(nums, target):\n    return totl\n");
  await expect
    .poll(async () => (await lintedMarkers(page, runs)).map((m) => `${m.line}:${m.column} ${m.code} ${m.severity}`))
    .toEqual(["2:12 F821 error"]);
  await expect.poll(() => page.locator(".monaco-editor .squiggly-error").count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator(".drill-editor-problems").textContent()).toMatch(/1\s*error/);
  await hoverAt(page, 2, 14);
  const hover = page.locator(".monaco-hover").filter({ hasText: "Undefined name `totl`" });
  await hover.waitFor({ timeout: 15_000 });
  expect(await hover.textContent()).toMatch(/NameError/);
  expect(await hover.textContent()).toMatch(/F821/);
  await page.mouse.move(0, 0);
}

async function formatAndUndo(): Promise<void> {
  await setEditorCode(page, UGLY);
  await page.keyboard.press("Shift+Alt+F");
  await expect.poll(() => editorCode(page), { timeout: 20_000 }).toBe(FORMATTED);
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => editorCode(page)).toBe(UGLY);
  await page.getByRole("button", { name: "Format", exact: true }).click();
  await expect.poll(() => editorCode(page), { timeout: 20_000 }).toBe(FORMATTED);
  await page.getByLabel("Code editor", { exact: true }).focus();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => editorCode(page)).toBe(UGLY);
}

async function completeMathSqrt(): Promise<void> {
  await setEditorCode(page, "import math\n\ndef two_sum(nums, target):\n    return ");
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("math.");
  const widget = page.locator(".suggest-widget.visible");
  // the first request may wait for Jedi's Python to boot; the list is virtual: only the first
  // rows (acos, acosh...) are drawn until the typed prefix narrows it
  await widget.locator(".monaco-list-row", { hasText: /^acos/ }).first().waitFor({ timeout: 90_000 });
  await page.keyboard.type("sq");
  const focused = widget.locator(".monaco-list-row.focused");
  await expect.poll(() => focused.locator(".label-name").textContent()).toBe("sqrt");
  expect(await focused.textContent()).toMatch(/def sqrt\(x/);
  await page.keyboard.press("Enter");
  await page.keyboard.type("(");
  const hints = page.locator(".parameter-hints-widget.visible");
  await hints.waitFor({ timeout: 30_000 });
  expect(await hints.textContent()).toMatch(/sqrt\(x/);
  // brackets close themselves, as in VS Code
  expect(await editorCode(page)).toMatch(/return math\.sqrt\(\)$/);
  await page.keyboard.press("Escape");
}

async function quickFix(): Promise<void> {
  const code = "import os\n\n\ndef two_sum(nums, target):\n    return []\n";
  const runs = await lintRuns(page);
  await setEditorCode(page, code);
  await expect.poll(async () => (await lintedMarkers(page, runs)).map((m) => m.code)).toEqual(["F401"]);
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("End");
  await page.keyboard.press("ControlOrMeta+.");
  const fix = page.locator(".action-widget .monaco-list-row", { hasText: /Remove unused import/ });
  await fix.first().waitFor({ timeout: 15_000 });
  await fix.first().click();
  await expect.poll(() => editorCode(page)).toBe(code.replace("import os\n", ""));
}

describe("editor intelligence in the app", () => {
  it("puts a squiggle with hover text (rule code, plain explanation) on an undefined name", async () => {
    await openTwoSum();
    await squiggleWithHover();
  });

  it("formats with Shift+Alt+F and the Format button, and Ctrl+Z restores the code in one step", async () => {
    await formatAndUndo();
  });

  it("offers Ruff's fixes as quick fixes", async () => {
    await quickFix();
  });

  it("completes math. with sqrt and its signature, and shows signature help in the call", async () => {
    await completeMathSqrt();
  });

  it("keeps per-device settings: lint off clears the squiggles, font size applies, both survive a reload; format on save", async () => {
    const runs = await lintRuns(page);
    await setEditorCode(page, "def two_sum(nums, target):\n    return totl\n");
    await expect.poll(async () => (await lintedMarkers(page, runs)).length).toBe(1);
    await page.locator("summary[aria-label='Editor settings']").click();
    await page.getByLabel("Check code as I type (Ruff)").uncheck();
    await expect.poll(() => page.locator(".monaco-editor .squiggly-error").count()).toBe(0);
    await page.getByLabel("Font size").selectOption("18");
    const fontSize = () =>
      page.locator(".monaco-editor .view-lines").evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    await expect.poll(fontSize).toBe(18);
    await page.reload();
    await openTwoSum();
    // typed quickly after the completion test's edits, whose saves may still have been finishing
    expect(await editorCode(page)).toBe("def two_sum(nums, target):\n    return totl\n");
    expect(await fontSize()).toBe(18);
    await page.locator("summary[aria-label='Editor settings']").click();
    expect(await page.getByLabel("Check code as I type (Ruff)").isChecked()).toBe(false);
    await page.getByLabel("Check code as I type (Ruff)").check();
    await page.getByLabel("Font size").selectOption("14");
    await page.getByLabel("Format on save").check();
    await page.keyboard.press("Escape");
    // after the reload with checking off, Ruff's worker starts only now (a cold WebAssembly start)
    await expect.poll(async () => (await lintMarkers(page)).map((m) => m.code), { timeout: 20_000 }).toEqual(["F821"]);
    await setEditorCode(page, UGLY);
    await page.keyboard.press("ControlOrMeta+S");
    await expect.poll(() => editorCode(page), { timeout: 20_000 }).toBe(FORMATTED);
    await page.locator("summary[aria-label='Editor settings']").click();
    await page.getByLabel("Format on save").uncheck();
    await page.keyboard.press("Escape");
  });

  it("does all of it after going offline and reloading", async () => {
    await context.setOffline(true);
    await page.reload();
    await openTwoSum();
    await squiggleWithHover();
    await formatAndUndo();
    await completeMathSqrt();
  });
});
