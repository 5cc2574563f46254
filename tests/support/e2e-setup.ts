/**
 * vitest's global set-up for the browser files, which run one after another in one process
 * (vitest.config.ts: `isolate: false`): one `vite preview` of dist/ and one lean Chromium for all
 * of them (shared-app.ts), started before the first file and stopped after the last; and the
 * offline builds they copy (offline-app.ts), removed after the last.
 */
import { rmSync } from "node:fs";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM, chromiumArgs, startPreview, testPort } from "./browser";
import { BUILD_CACHE } from "./offline-app";

declare module "vitest" {
  export interface ProvidedContext {
    previewUrl: string;
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreview(testPort(4391));
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: chromiumArgs() });
  project.provide("previewUrl", server.url);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    server.close();
    rmSync(BUILD_CACHE, { recursive: true, force: true });
  };
}
