/**
 * The visualisation drill's results for `npm run screenshots` (see screenshots.ts): a failing and an
 * accepted histogram, with the candidate's and the expected figure side by side. No Pyodide wheel of
 * matplotlib is on this machine, so the app is served with the test stand-in
 * (tests/support/matplotlib-wheel.ts), whose PNGs draw the bars and the axes frame but no text.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { grade, openApp, writeCode } from "../tests/support/app";
import { testPort } from "../tests/support/browser";
import { appWithMatplotlibStandIn } from "../tests/support/matplotlib-wheel";
import { startTestServer } from "../tests/support/test-server";

type Theme = "light" | "dark";
const ISOLATED = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };
const WRONG =
  'import matplotlib.pyplot as plt\n\n\ndef plot_histogram(values, edges, title, xlabel, ylabel="count", density=False):\n' +
  "    fig, ax = plt.subplots(figsize=(6, 4))\n    ax.hist(values, bins=edges[::2], density=density)\n" +
  "    ax.set_title(title)\n    ax.set_xlabel(xlabel)\n    ax.set_ylabel(ylabel)\n    return fig\n";

export async function visualisationScreens(
  browser: Browser,
  devices: Record<string, { width: number; height: number }>,
  themes: readonly Theme[],
  setTheme: (page: Page, theme: Theme) => Promise<void>,
  shoot: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), "drill-vis-shots-"));
  appWithMatplotlibStandIn(path.join(root, "app"));
  const server = await startTestServer(path.join(root, "app"), testPort(4472), { headers: ISOLATED });
  const solution = readFileSync("challenges/visualisation/histogram-bins/solution.py", "utf8");
  try {
    for (const [kind, viewport] of Object.entries(devices)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await openApp(page, server.url, "#/");
      for (const [code, name] of [
        [WRONG, "failing"],
        [solution, "accepted"],
      ] as const) {
        for (const theme of themes) {
          await setTheme(page, theme);
          await openDrill(page, server.url, kind);
          await writeCode(page, code);
          await grade(page, "Submit");
          await page.locator(".figure-compare").waitFor();
          await page.waitForFunction(() =>
            [...document.querySelectorAll<HTMLImageElement>(".figure-card img")].every((i) => i.complete),
          );
          await page.locator(".figure-compare").scrollIntoViewIfNeeded();
          await shoot(page, `drill-figures-${name}-${theme}-${kind}`);
        }
      }
      await context.close();
    }
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

async function openDrill(page: Page, url: string, kind: string): Promise<void> {
  await page.goto(`${url}#/`);
  await page.goto(`${url}#/drill/histogram-bins`);
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, { timeout: 60_000 });
  if (kind === "phone") {
    await page.getByRole("tablist", { name: "Workspace" }).getByRole("tab", { name: "Code" }).click();
    await page.locator(".workspace[data-mobile-tab=code]").waitFor();
  }
  await page.locator(".monaco-editor").waitFor({ timeout: 30_000 });
}
