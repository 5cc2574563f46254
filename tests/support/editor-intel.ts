/** Playwright helpers for the editor's lint markers, hovers, completions and signature help. */
import type { Page } from "playwright-core";
import type { ProbeMarker } from "../../src/ui/editor/editor-probe";

const LABEL = "Code editor";

export function lintMarkers(page: Page, label = LABEL): Promise<ProbeMarker[]> {
  return page.evaluate((l) => window.__drillEditors?.[l]?.lintMarkers() ?? [], label);
}

/** Waits until the linter has set markers at least `after` times, then returns them. */
export async function lintedMarkers(page: Page, after: number, label = LABEL): Promise<ProbeMarker[]> {
  await page.waitForFunction(([l, n]) => (window.__drillEditors?.[l]?.lintRuns() ?? 0) > n, [label, after] as const, {
    timeout: 30_000,
  });
  return lintMarkers(page, label);
}

export function lintRuns(page: Page, label = LABEL): Promise<number> {
  return page.evaluate((l) => window.__drillEditors?.[l]?.lintRuns() ?? 0, label);
}

/** Moves the mouse over a 1-based line and column of the editor. */
export async function hoverAt(page: Page, line: number, column: number, label = LABEL): Promise<void> {
  const point = await page.evaluate(([l, ln, c]) => window.__drillEditors?.[l]?.pointAt(ln, c) ?? null, [
    label,
    line,
    column,
  ] as const);
  if (!point) throw new Error(`line ${line}, column ${column} is not on screen`);
  await page.mouse.move(point.x - 40, point.y + 40);
  await page.mouse.move(point.x + 3, point.y, { steps: 4 });
}
