/**
 * npm run screenshots: builds the app and writes docs/screenshots/<page>-<theme>-<device>.png for
 * the home page, the data-handling stage page (its tracks with their descriptions), a search for "numpy", the review queue, a drill with a failing diff, a solved drill,
 * a drill whose packages cannot load, a mock interview (setup and session), the stats page, and the concept cards
 * and story bank (index, answering, revealed, stories, rehearsal), a visualisation drill's figures (failing and
 * accepted, with the test stand-in for matplotlib: see screenshots-visualisation.ts), in light and dark, at
 * desktop (1440x900), laptop (1024x768) and phone (390x844) sizes. Progress comes from a seeded export file,
 * imported through the Your data page as a user would; the drills are graded by real Python.
 * `--only=concepts` shoots only the concept and story screens, `--only=visualisation` only the figures.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { loadCatalog } from "../src/cli/load-challenges";
import { grade, openApp, TWO_SUM, writeCode } from "../tests/support/app";
import { AS_A_USER, launchBrowser, startPreview, testPort } from "../tests/support/browser";
import { seededProgress } from "../tests/support/seed-progress";
import { conceptScreens } from "./screenshots-concepts";
import { visualisationScreens } from "./screenshots-visualisation";

const OUT = "docs/screenshots";
const PORT = testPort(4471);
const DEVICES = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
const THEMES = ["light", "dark"] as const;
/** Where Pyodide's packages come from; blocked, as a captive portal or a corporate proxy would. */
const PACKAGE_HOST = "https://cdn.jsdelivr.net/**";
const WRONG =
  "def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(len(nums)):\n            if nums[i] + nums[j] == target:\n                return [j, i]\n    return []\n";

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`wrote ${OUT}/${name}.png`);
}

async function setTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

async function openTwoSum(page: Page, url: string, kind: keyof typeof DEVICES): Promise<void> {
  // from another page, so the drill opens afresh (a new hash) with the statement tab showing
  await page.goto(`${url}#/`);
  await page.goto(`${url}#/drill/two-sum`);
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, { timeout: 60_000 });
  if (kind === "phone") {
    const code = page.getByRole("tablist", { name: "Workspace" }).getByRole("tab", { name: "Code" });
    await code.click();
    await page.locator(".workspace[data-mobile-tab=code]").waitFor();
  }
  await page.locator(".monaco-editor").waitFor({ timeout: 30_000 });
}

async function device(browser: Browser, url: string, kind: keyof typeof DEVICES, seedFile: string) {
  const context = await browser.newContext({ viewport: DEVICES[kind], deviceScaleFactor: 1 });
  await context.route(PACKAGE_HOST, (route) => route.abort("connectionrefused"));
  const page = await context.newPage();
  await openApp(page, url, "#/data");
  await page.getByLabel("Import progress from a file").setInputFiles(seedFile);
  await page.getByRole("status").filter({ hasText: "Imported:" }).waitFor();
  await conceptScreens(page, url, kind, THEMES, setTheme, shoot);
  if (process.argv.includes("--only=concepts")) {
    await context.close();
    return;
  }
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await page.goto(`${url}#/`);
    await page.getByRole("heading", { level: 1, name: "Your roadmap" }).waitFor();
    await shoot(page, `home-${theme}-${kind}`);
    await page.goto(`${url}#/stats`);
    await page.getByRole("heading", { level: 1, name: "Your stats" }).waitFor();
    await shoot(page, `stats-${theme}-${kind}`);
    await page.goto(`${url}#/stage/data-handling`);
    await page.locator(".track-description").first().waitFor();
    await shoot(page, `stage-data-handling-${theme}-${kind}`);
    await page.goto(`${url}#/review`);
    await page.getByRole("heading", { level: 1, name: "Review queue" }).waitFor();
    await shoot(page, `review-${theme}-${kind}`);
    await page.goto(`${url}#/?q=numpy`);
    await page.getByRole("table").locator("mark").first().waitFor();
    await page.evaluate(() => {
      document.getElementById("drills-heading")?.scrollIntoView({ block: "start" });
      window.scrollBy(0, -64); // clear the sticky top bar
    });
    await shoot(page, `search-numpy-${theme}-${kind}`);
    await page.goto(`${url}#/mock`);
    await page.locator(".mock-availability").waitFor();
    await shoot(page, `mock-setup-${theme}-${kind}`);
    await page.goto(`${url}#/drill/one-hot-encode`);
    await page.getByRole("alert").filter({ hasText: "Run and Submit are off" }).waitFor({ timeout: 30_000 });
    await shoot(page, `drill-packages-${theme}-${kind}`);
  }
  // every failing shot before the first solve, so the drill is not yet marked solved in them
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await openTwoSum(page, url, kind);
    await writeCode(page, WRONG);
    await grade(page, "Submit");
    await shoot(page, `drill-failing-${theme}-${kind}`);
  }
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await openTwoSum(page, url, kind);
    await writeCode(page, TWO_SUM);
    await grade(page, "Submit");
    await page.getByRole("heading", { name: "Solved!" }).waitFor();
    await shoot(page, `drill-solved-${theme}-${kind}`);
  }
  await page.goto(`${url}#/mock`);
  await page.getByRole("button", { name: "Start the interview" }).click();
  await page.getByRole("region", { name: "Mock interview" }).waitFor();
  await page.getByRole("button", { name: "Next drill" }).click();
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await page.locator(".session-bar").waitFor();
    await page.waitForTimeout(500);
    await shoot(page, `mock-session-${theme}-${kind}`);
  }
  await context.close();
}

async function main() {
  if (!process.argv.includes("--no-build"))
    execFileSync("npx", ["vite", "build", "--logLevel", "error"], { stdio: "inherit" });
  mkdirSync(OUT, { recursive: true });
  const seedFile = path.join(tmpdir(), `drills-seed-${process.pid}.json`);
  writeFileSync(seedFile, seededProgress(loadCatalog().challenges, Date.now()));
  const server = await startPreview(PORT);
  const browser = await launchBrowser(AS_A_USER);
  try {
    const only = process.argv.find((a) => a.startsWith("--device="))?.slice("--device=".length);
    const devices = Object.fromEntries(Object.entries(DEVICES).filter(([kind]) => !only || only === kind));
    if (!process.argv.includes("--only=concepts"))
      await visualisationScreens(browser, devices, THEMES, setTheme, shoot);
    if (process.argv.includes("--only=visualisation")) return;
    for (const kind of Object.keys(devices) as (keyof typeof DEVICES)[]) {
      await device(browser, server.url, kind, seedFile);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
