import { type ChildProcess, spawn } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPort } from "../support/browser";
import { cursorLine, editorCode, hasErrorMarker, setEditorCode } from "../support/editor";
import { endFile, sharedBrowser } from "../support/shared-app";

const PORT = testPort(4617);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LABEL = "Code editor";

const NESTED = `def outer(xs):
    def inner(x):
        if x:
            return [x,
                    x]
        return []
    return [inner(x) for x in xs]


class A:
    pass
`;

let server: ChildProcess;
let browser: Browser;

/** The harness page (tests/ui/editor-harness) on Vite's dev server; resolves once it answers. */
async function startHarness(): Promise<ChildProcess> {
  const child = spawn(
    "npx",
    [
      "vite",
      "--config",
      "tests/ui/editor-harness/vite.config.ts",
      "--port",
      String(PORT),
      "--strictPort",
      "--host",
      "127.0.0.1",
    ],
    { stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return child;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`the editor harness did not start on ${ORIGIN}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(options: { failMonaco?: boolean } = {}): Promise<Opened> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  if (options.failMonaco) await page.route("**/src/ui/editor/MonacoEditor.tsx*", (route) => route.abort());
  await page.goto(`${ORIGIN}/`);
  await page.locator(`.drill-editor[data-editor=${options.failMonaco ? "textarea" : "monaco"}]`).waitFor();
  await page.getByLabel(LABEL, { exact: true }).waitFor({ state: "attached" });
  return { page, requests, errors };
}

const events = (page: Page) => page.evaluate(() => window.harness.events.splice(0));
const setProps = (page: Page, props: Parameters<Window["harness"]["set"]>[0]) =>
  page.evaluate((p) => window.harness.set(p), props);

beforeAll(async () => {
  server = await startHarness();
  browser = await sharedBrowser();
});

afterAll(async () => {
  await endFile();
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

describe("the Monaco code editor", () => {
  let opened: Opened;
  let page: Page;

  beforeAll(async () => {
    opened = await open();
    page = opened.page;
  });

  afterAll(() => page?.close());

  it("puts the accessible name on Monaco's textarea and highlights Python", async () => {
    const input = page.getByLabel(LABEL, { exact: true });
    expect(await input.evaluate((el) => el.tagName)).toBe("TEXTAREA");
    const keyword = page.locator(".monaco-editor .view-lines span[class^=mtk]", { hasText: /^def$/ }).first();
    await keyword.waitFor();
    const plain = page.locator(".monaco-editor .view-lines span.mtk1").first();
    const color = (l: typeof keyword) => l.evaluate((el) => getComputedStyle(el).color);
    expect(await color(keyword)).not.toBe(await color(plain));
  });

  it("takes pasted code with its indentation intact and reports it through onChange", async () => {
    await setEditorCode(page, NESTED);
    expect(await editorCode(page)).toBe(NESTED);
    expect(await page.evaluate(() => window.harness.value)).toBe(NESTED);
  });

  it("indents with four spaces", async () => {
    await setEditorCode(page, "def f():\n");
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Tab");
    await page.keyboard.type("x = 1");
    expect(await editorCode(page)).toBe("def f():\n    x = 1");
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("y = 2");
    expect(await editorCode(page)).toBe("def f():\n    y = 2\n    x = 1");
  });

  it("finds with Ctrl+F, toggles comments with Ctrl+/ and releases Tab with Ctrl+M", async () => {
    await setEditorCode(page, NESTED);
    await page.keyboard.press("Control+f");
    await page.locator(".find-widget.visible").waitFor();
    await page.keyboard.type("inner");
    await expect.poll(() => page.locator(".find-widget .matchesCount").textContent()).toMatch(/of 2/);
    await page.keyboard.press("Escape");
    await page.locator(".find-widget.visible").waitFor({ state: "detached" });
    await page.keyboard.press("Control+h");
    await page.locator(".find-widget.visible.replaceToggled").waitFor();
    await page.keyboard.press("Escape");
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.press("Control+/");
    expect((await editorCode(page)).split("\n")[0]).toBe("# def outer(xs):");
    await page.keyboard.press("Control+/");
    expect(await editorCode(page)).toBe(NESTED);
    await page.keyboard.press("Control+m");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).not.toBe(LABEL);
    await page.getByLabel(LABEL, { exact: true }).focus();
    await page.keyboard.press("Control+m");
  });

  it("runs on Ctrl+Enter and submits on Ctrl+Shift+Enter without editing the code", async () => {
    await setEditorCode(page, NESTED);
    await events(page);
    await page.keyboard.press("Control+Enter");
    await page.keyboard.press("Control+Shift+Enter");
    expect(await events(page)).toEqual(["run", "submit"]);
    expect(await editorCode(page)).toBe(NESTED);
  });

  it("saves on Ctrl+S and keeps the browser's save from happening", async () => {
    await page.evaluate(() => {
      const w = window as Window & { saveDefaultPrevented?: boolean };
      // Capturing on window runs first; the timeout reads the flag after every handler ran.
      window.addEventListener(
        "keydown",
        (e) => {
          if (e.key === "s") setTimeout(() => (w.saveDefaultPrevented = e.defaultPrevented));
        },
        { capture: true },
      );
    });
    const url = page.url();
    await page.getByLabel(LABEL, { exact: true }).focus();
    await page.keyboard.press("Control+s");
    expect(await events(page)).toEqual(["save"]);
    await expect
      .poll(() => page.evaluate(() => (window as Window & { saveDefaultPrevented?: boolean }).saveDefaultPrevented))
      .toBe(true);
    expect(page.url()).toBe(url);
  });

  it("marks the error line and clears the mark", async () => {
    await setEditorCode(page, NESTED);
    await setProps(page, { errorLine: 4, errorMessage: "NameError: name 'x' is not defined" });
    await expect.poll(() => hasErrorMarker(page, 4)).toBe(true);
    expect(await hasErrorMarker(page, 3)).toBe(false);
    // Monaco paints decorations on a later frame than the marker is set: wait for them
    const squiggles = () => page.locator(".monaco-editor .squiggly-error").count();
    await expect.poll(squiggles).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".monaco-editor .drill-error-line").count()).toBe(1);
    const shown = () => page.locator(".monaco-editor .view-lines .drill-error-message").textContent();
    await expect
      .poll(async () => (await shown())?.replace(/\s+/g, " ").trim())
      .toBe("NameError: name 'x' is not defined");
    await setProps(page, { errorLine: null });
    await expect.poll(() => hasErrorMarker(page, 4)).toBe(false);
    await expect.poll(squiggles).toBe(0);
  });

  it("moves the cursor to a goTo line, again for a new nonce", async () => {
    await setEditorCode(page, NESTED);
    await setProps(page, { goTo: { line: 6, nonce: 1 } });
    await expect.poll(() => cursorLine(page)).toBe(6);
    await page.keyboard.press("ControlOrMeta+Home");
    expect(await cursorLine(page)).toBe(1);
    await setProps(page, { goTo: { line: 6, nonce: 2 } });
    await expect.poll(() => cursorLine(page)).toBe(6);
  });

  it("follows the system colour scheme live", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.locator(".monaco-editor.vs-dark").waitFor();
    await page.emulateMedia({ colorScheme: "light" });
    await page.locator(".monaco-editor.vs").waitFor();
  });

  it("refuses typing and pasting when read-only", async () => {
    await setEditorCode(page, NESTED);
    await setProps(page, { readOnly: true });
    await page.getByLabel(LABEL, { exact: true }).focus();
    await page.keyboard.type("oops");
    await page.keyboard.press("Enter");
    expect(await editorCode(page)).toBe(NESTED);
    await expect(setEditorCode(page, "x = 1\n")).rejects.toThrow(/read-only/);
    await setProps(page, { readOnly: false });
  });

  it("highlights Python in Markdown statements and drops raw HTML", async () => {
    const block = page.locator(".statement pre code.language-python");
    await expect.poll(() => block.getAttribute("data-highlighted")).toBe("python");
    expect(await block.locator("span.mtk6", { hasText: "def" }).count()).toBe(1);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line breaks included, is what a reader copies
    expect(await block.innerText()).toBe("def outer(n):\n    return n + 1  # one more");
    expect(await page.locator(".statement table td").count()).toBe(2);
    expect(await page.locator(".statement script, .statement img").count()).toBe(0);
    expect(await page.evaluate(() => "injected" in window)).toBe(false);
  });

  it("loads everything from its own origin (no CDN) without page errors", () => {
    expect(opened.requests.filter((url) => !url.startsWith(`${ORIGIN}/`))).toEqual([]);
    expect(opened.requests.some((url) => url.includes("editor.worker"))).toBe(true);
    expect(opened.errors).toEqual([]);
  });
});

describe("the textarea fallback when Monaco cannot load", () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await open({ failMonaco: true }));
  });

  afterAll(() => page?.close());

  it("takes pasted code, and Tab inserts four spaces", async () => {
    await setEditorCode(page, NESTED);
    expect(await editorCode(page)).toBe(NESTED);
    expect(await page.evaluate(() => window.harness.value)).toBe(NESTED);
    await setEditorCode(page, "x = 1\n");
    await page.keyboard.press("ControlOrMeta+z");
    expect(await editorCode(page)).toBe(NESTED);
    await setEditorCode(page, "def f():\n");
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Tab");
    await page.keyboard.type("pass");
    expect(await editorCode(page)).toBe("def f():\n    pass");
  });

  it("has the same shortcuts", async () => {
    await events(page);
    await page.keyboard.press("Control+Enter");
    await page.keyboard.press("Control+Shift+Enter");
    await page.keyboard.press("Control+s");
    expect(await events(page)).toEqual(["run", "submit", "save"]);
    expect(await editorCode(page)).toBe("def f():\n    pass");
  });

  it("marks the error line, moves to goTo lines and honours read-only", async () => {
    await setEditorCode(page, NESTED);
    await setProps(page, { errorLine: 3, errorMessage: "boom" });
    await expect.poll(() => hasErrorMarker(page, 3)).toBe(true);
    expect(await page.locator(".drill-editor-error").textContent()).toBe("Line 3: boom");
    await setProps(page, { errorLine: null, goTo: { line: 5, nonce: 1 } });
    await expect.poll(() => cursorLine(page)).toBe(5);
    expect(await hasErrorMarker(page, 3)).toBe(false);
    await setProps(page, { readOnly: true });
    await page.keyboard.type("oops");
    expect(await editorCode(page)).toBe(NESTED);
    await expect(setEditorCode(page, "x = 1\n")).rejects.toThrow(/read-only/);
  });
});
