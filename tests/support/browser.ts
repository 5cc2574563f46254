/** Debian's Chromium driven by playwright-core, and the built app served by `vite preview`. */
import { type ChildProcess, spawn } from "node:child_process";
import { type Browser, chromium } from "playwright-core";
import { EDITOR_SETTINGS_KEY } from "../../src/ui/editor/editor-settings";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** What `launchBrowser` leaves as a user's browser has it (both off by default: see there). */
export interface BrowserOptions {
  /** V8's optimising WebAssembly tier, where speed or stack depth is measured. */
  optimisedWasm?: boolean;
  /** The editor's completions (Jedi), for the tests and screenshots that show them. */
  completion?: boolean;
}

/** A user's browser, as the bench, the screenshots and the stack-depth test need it. */
export const AS_A_USER: BrowserOptions = { optimisedWasm: true, completion: true };

/**
 * Chromium for the tests and scripts. By default it leaves out two costs that most tests do not
 * need (they check behaviour, not speed), each paid again in every fresh test profile:
 * - V8 compiles WebAssembly with its baseline compiler only (`--liftoff-only`): otherwise it
 *   optimises Pyodide again with TurboFan in every page and worker, about 5 CPU-s each (kept in a
 *   real browser's code cache). Liftoff's frames are larger, so the stack-depth test opts out.
 * - The editor's completions are off in every new context (its saved setting, unless the test
 *   sets one), so Jedi's Python, a second Pyodide of about 10 CPU-s, never starts.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs(options) });
  return options.completion ? browser : withoutCompletion(browser);
}

/** Chromium's command line for `options` (see launchBrowser). */
export function chromiumArgs(options: BrowserOptions = {}): string[] {
  return [
    ...(options.optimisedWasm ? [] : ["--js-flags=--liftoff-only"]),
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
}

/** Every new context of `browser` starts with the editor's completions off (unless a test sets them). */
export function withoutCompletion(browser: Browser): Browser {
  // browser.newPage() goes through newContext() too
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (contextOptions) => {
    const context = await newContext(contextOptions);
    await context.addInitScript((key) => {
      try {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, JSON.stringify({ completion: false }));
      } catch {
        // an opaque origin has no localStorage
      }
    }, EDITOR_SETTINGS_KEY);
    return context;
  };
  return browser;
}

export interface Server {
  url: string;
  close(): void;
}

/** `vite preview` of the dist/ folder on a free port; resolves once it answers. */
export async function startPreview(port: number): Promise<Server> {
  const child: ChildProcess = spawn(
    "npx",
    ["vite", "preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    close() {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

/** A fixed test port, shifted by TEST_PORT_OFFSET so parallel checkouts never share a server. */
export function testPort(port: number): number {
  return port + Number(process.env.TEST_PORT_OFFSET ?? 0);
}
