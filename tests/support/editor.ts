/**
 * Playwright helpers for the code editor, Monaco or its textarea fallback. They read the editor
 * through the probe it registers in `window.__drillEditors` (src/ui/editor/editor-probe.ts),
 * because Monaco keeps only the visible lines in the DOM.
 */
import type { Page } from "playwright-core";
import type { EditorProbe } from "../../src/ui/editor/editor-probe";

const DEFAULT_LABEL = "Code editor";

type ProbeCall = "code" | "cursorLine" | "errorLines";

async function probe<K extends ProbeCall>(page: Page, label: string, call: K): Promise<ReturnType<EditorProbe[K]>> {
  const handle = await page.waitForFunction((l) => window.__drillEditors?.[l], label);
  await handle.dispose();
  return page.evaluate(
    ([l, c]) => {
      const found = window.__drillEditors?.[l];
      if (!found) throw new Error(`no editor labelled "${l}"`);
      return found[c]();
    },
    [label, call] as const,
  ) as Promise<ReturnType<EditorProbe[K]>>;
}

/**
 * Replaces the whole content with `code` the way a paste does. Typing is no good: Monaco
 * re-indents typed lines and mangles the code. Throws if the editor does not accept it (read-only).
 */
export async function setEditorCode(page: Page, code: string, label = DEFAULT_LABEL): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await input.evaluate((_, text) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", text);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, code);
  try {
    await page.waitForFunction(([l, c]) => window.__drillEditors?.[l]?.code() === c, [label, code] as const, {
      timeout: 3_000,
    });
  } catch {
    throw new Error(`the editor labelled "${label}" did not take the pasted code (read-only?)`);
  }
}

/** The editor's whole content. */
export function editorCode(page: Page, label = DEFAULT_LABEL): Promise<string> {
  return probe(page, label, "code");
}

/** The 1-based line of the editor's cursor. */
export function cursorLine(page: Page, label = DEFAULT_LABEL): Promise<number> {
  return probe(page, label, "cursorLine");
}

/** Whether `line` (1-based) carries the error marker, and the marker is drawn on the page. */
export async function hasErrorMarker(page: Page, line: number, label = DEFAULT_LABEL): Promise<boolean> {
  if (!(await probe(page, label, "errorLines")).includes(line)) return false;
  const editor = page.locator(".drill-editor").filter({ has: page.getByLabel(label, { exact: true }) });
  const drawn = editor.locator(`.drill-error-glyph, .drill-editor-error, [data-error-line="${line}"]`);
  return (await drawn.count()) > 0;
}
