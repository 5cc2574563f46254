// The shell a first visit loads (issues 11 and 15: at most 1.2 MB gzipped on first paint): the home
// page brings no editor, and what it does bring stays inside the budget. `npm run bench` reports
// the same figure as shell_gzip_bytes.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "../support/browser";
import { endFile, sharedBrowser, sharedPreview } from "../support/shared-app";
import { allAssetsGzipBytes, firstPaintShell } from "../support/shell-assets";

const SHELL_BUDGET_BYTES = 1_200_000;
const EDITOR_CHUNK = /editor\.api|monaco|MonacoEditor|editor\.worker/i;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await sharedPreview();
  browser = await sharedBrowser();
});

afterAll(async () => {
  await endFile();
});

describe("the shell on first paint", () => {
  it("loads no editor on the home page and stays within 1.2 MB gzipped", async () => {
    const shell = await firstPaintShell(browser, server.url, "dist");
    expect(shell.files).toContain("index.html");
    expect(shell.files.some((f) => f.endsWith(".js"))).toBe(true);
    expect(shell.files.filter((f) => EDITOR_CHUNK.test(f))).toEqual([]);
    expect(shell.gzipBytes).toBeGreaterThan(0);
    expect(shell.gzipBytes).toBeLessThanOrEqual(SHELL_BUDGET_BYTES);
    // the editor and the lazy chunks are in the build, just not on first paint
    expect(allAssetsGzipBytes("dist")).toBeGreaterThan(shell.gzipBytes);
  });

  it("sees the editor arrive when a drill opens (the recorder is not blind to it)", async () => {
    const shell = await firstPaintShell(browser, `${server.url}#/drill/two-sum`, "dist");
    expect(shell.files.filter((f) => EDITOR_CHUNK.test(f)).length).toBeGreaterThan(0);
  });
});
