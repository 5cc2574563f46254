import { inject } from "vitest";
import type { Server } from "./browser";

/**
 * The one `vite preview` of dist/ that all the browser files share: started once by vitest's global
 * set-up (tests/support/e2e-setup.ts), not once a file (about 1 s each). Closing it is the set-up's job.
 */
export async function sharedPreview(): Promise<Server> {
  return { url: inject("previewUrl"), close() {} };
}
