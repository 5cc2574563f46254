/**
 * vitest's global set-up for the browser files: one `vite preview` of dist/ for all of them
 * (sharedPreview in browser.ts), started before the first file and stopped after the last.
 */
import type { TestProject } from "vitest/node";
import { startPreview, testPort } from "./browser";

declare module "vitest" {
  export interface ProvidedContext {
    previewUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPreview(testPort(4391));
  project.provide("previewUrl", server.url);
  return () => server.close();
}
