// A visualisation drill in the browser, end to end: matplotlib (a test-built stand-in, since no
// Pyodide wheel of the real one is on this machine) loads in the worker, a wrong histogram fails
// with the candidate's figure and the expected one side by side, and the right one is accepted
// with the first sample's figures. Only PNG data URLs reach the page.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grade, openApp, writeCode } from "../support/app";
import { testPort } from "../support/browser";
import { appWithMatplotlibStandIn } from "../support/matplotlib-wheel";
import { endFile, sharedBrowser } from "../support/shared-app";
import { startTestServer, type TestServer } from "../support/test-server";

const ISOLATED = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };
const SOLUTION = readFileSync("challenges/visualisation/histogram-bins/solution.py", "utf8");
/** Counts with ax.hist but forgets the colours and lets NaN through. */
const WRONG =
  'import matplotlib.pyplot as plt\n\n\ndef plot_histogram(values, edges, title, xlabel, ylabel="count", density=False):\n' +
  "    fig, ax = plt.subplots(figsize=(6, 4))\n    ax.hist(values, bins=edges, density=density)\n" +
  "    ax.set_title(title)\n    ax.set_xlabel(xlabel)\n    ax.set_ylabel(ylabel)\n    return fig\n";

let root: string;
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "drill-vis-"));
  appWithMatplotlibStandIn(path.join(root, "app"));
  server = await startTestServer(path.join(root, "app"), testPort(4481), { headers: ISOLATED });
  browser = await sharedBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openApp(page, server.url, "#/drill/histogram-bins");
  await page.waitForFunction(() => Object.keys(window.__drillEditors ?? {}).length > 0, undefined, {
    timeout: 60_000,
  });
}, 240_000);

afterAll(async () => {
  await endFile();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The two figure cards of the selected test: caption, alt text, whether the PNG decoded, and its source. */
function figureCards(p: Page) {
  return p.locator(".figure-card").evaluateAll((cards) =>
    cards.map((card) => {
      const img = card.querySelector("img");
      return {
        caption: card.querySelector("figcaption")?.textContent ?? "",
        alt: img?.alt ?? null,
        decoded: img ? img.complete && img.naturalWidth > 0 : false,
        src: img?.getAttribute("src")?.slice(0, 33) ?? null,
      };
    }),
  );
}

describe("a visualisation drill in the browser", () => {
  it("fails a wrong histogram and shows the candidate's figure beside the expected one", async () => {
    await writeCode(page, WRONG);
    const [passed, total] = await grade(page, "Submit");
    expect(total).toBeGreaterThanOrEqual(11);
    expect(passed).toBeLessThan(total);
    const detail = page.getByRole("region", { name: "Selected test" });
    await detail.locator(".figure-compare").waitFor();
    expect(await detail.textContent()).toContain("axes 0 bars[0] edgecolor: expected '#000000', got 'none'");
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>(".figure-card img")].every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    );
    const cards = await figureCards(page);
    expect(cards.map((c) => c.caption)).toEqual(["Your figure", "Expected"]);
    expect(cards.every((c) => c.decoded && c.src === "data:image/png;base64,iVBORw0KGgo")).toBe(true);
    expect(cards[1]?.alt).toBe("The expected figure for this test, drawn by the reference solution");
    // the descriptions the tests compared are folded away below the figures
    expect(await detail.locator("details.figure-values > summary").textContent()).toBe(
      "What the tests read from the figures",
    );
  });

  it("accepts the right histogram, still showing the first sample's figures", async () => {
    await writeCode(page, SOLUTION);
    const [passed, total] = await grade(page, "Submit");
    expect(passed).toBe(total);
    await page.getByText("✓ Accepted").waitFor();
    await page.locator(".figure-compare").waitFor();
    const cards = await figureCards(page);
    expect(cards.map((c) => c.caption)).toEqual(["Your figure", "Expected"]);
    expect(cards[0]?.alt).toBe("Your figure for this test, which matches the expected one");
  });
});
