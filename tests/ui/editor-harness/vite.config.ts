import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

/** `vite --config tests/ui/editor-harness/vite.config.ts` serves the editor harness page. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  // Its own cache, so the app's `npm run dev` and this server never share optimized deps.
  cacheDir: `${repo}node_modules/.vite-editor-harness`,
  server: {
    fs: { allow: [repo] },
    headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
  },
  worker: { format: "es" },
  logLevel: "warn",
});
