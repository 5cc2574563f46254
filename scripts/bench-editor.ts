/**
 * The editor's figures for `npm run bench`, timed in the page's own clock from the keystroke:
 * lint_ms (until Ruff's markers are set on a 100-line file, the typing pause included) and
 * complete_ms (until the completion list shows the expected name).
 */
import type { Page } from "playwright-core";
import { setEditorCode } from "../tests/support/editor";

const SAMPLES = 15;
const LABEL = "Code editor";

/** A 100-line drill-like file with one comment line to type into. */
export function hundredLines(): string {
  const lines = ["import math", "", "", "# scratch"];
  for (let i = 0; lines.length < 96; i++) {
    lines.push(
      `def step_${i}(values, scale=1.0):`,
      "    total = 0.0",
      "    for v in values:",
      `        total += math.sqrt(abs(v)) * scale + ${i}`,
      "    return total",
      "",
    );
  }
  while (lines.length < 100) lines.push("");
  return lines.slice(0, 100).join("\n");
}

type Until = { lintRunsAbove: number } | { completion: string };

/**
 * Records the next keydown's time, then resolves with the ms until `until` holds (checked every
 * few ms). Sent as source text: tsx would wrap named inner functions in a helper the page lacks.
 */
function armTimer(page: Page, until: Until): Promise<void> {
  return page.evaluate(`(() => {
    const label = ${JSON.stringify(LABEL)};
    const u = ${JSON.stringify(until)};
    const done = () =>
      "lintRunsAbove" in u
        ? (window.__drillEditors?.[label]?.lintRuns() ?? 0) > u.lintRunsAbove
        : [...document.querySelectorAll(".suggest-widget.visible .monaco-list-row .label-name")].some(
            (e) => e.textContent === u.completion,
          );
    window.benchResult = new Promise((resolve) => {
      window.addEventListener("keydown", () => {
        const t0 = performance.now();
        const poll = () => (done() ? resolve(performance.now() - t0) : setTimeout(poll, 1));
        setTimeout(poll, 0);
      }, { capture: true, once: true });
    });
  })()`);
}

function timerResult(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { benchResult: Promise<number> }).benchResult);
}

export async function lintMs(page: Page): Promise<number[]> {
  await setEditorCode(page, hundredLines());
  const runs = () => page.evaluate((l) => window.__drillEditors?.[l]?.lintRuns() ?? 0, LABEL);
  const deadline = Date.now() + 30_000;
  while ((await runs()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const before = await runs();
    await armTimer(page, { lintRunsAbove: before });
    await page.keyboard.press(i % 2 ? "Backspace" : "x");
    samples.push(await timerResult(page));
  }
  return samples;
}

async function completeOnce(page: Page, code: string, key: string, expected: string): Promise<number> {
  await page.keyboard.press("Escape");
  await setEditorCode(page, code);
  await page.keyboard.press("ControlOrMeta+End");
  await armTimer(page, { completion: expected });
  await page.keyboard.press(key);
  return timerResult(page);
}

export async function completeMs(page: Page): Promise<{ module: number[]; userName: number[] }> {
  const head = "import math\nrunning_total = 0\n\n\ndef f(values):\n    return ";
  // the first answer waits for Jedi's Python to boot: not a sample
  await completeOnce(page, `${head}math`, ".", "acos");
  const module: number[] = [];
  const userName: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    module.push(await completeOnce(page, `${head}math`, ".", "acos"));
    userName.push(await completeOnce(page, `${head}runn`, "Control+Space", "running_total"));
  }
  await page.keyboard.press("Escape");
  return { module, userName };
}
