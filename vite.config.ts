import react from "@vitejs/plugin-react";
import pyodidePackage from "pyodide/package.json" with { type: "json" };
import { defineConfig } from "vite";
import { challengesData } from "./scripts/vite-plugin-challenges.ts";
import { cspHeaders } from "./scripts/vite-plugin-csp.ts";
import { manifestPlugin } from "./scripts/vite-plugin-manifest.ts";
import { pyodideRuntime } from "./scripts/vite-plugin-pyodide.ts";
import { serviceWorker } from "./scripts/vite-plugin-service-worker.ts";

// Cross-origin isolation lets Stop interrupt Python through a SharedArrayBuffer.
const isolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    pyodideRuntime(),
    manifestPlugin(),
    // the offline browser test's build also carries its fixture drill
    challengesData(() => (mode === "e2e-offline" ? ["challenges", "tests/fixtures/challenges"] : ["challenges"])),
    serviceWorker(pyodidePackage.version),
    // a Content-Security-Policy on every response (the worker's script alone may eval)
    cspHeaders(),
  ],
  optimizeDeps: { exclude: ["pyodide"] },
  worker: { format: "es" },
  server: { headers: isolation },
  preview: { headers: isolation },
  build: { target: "es2022", chunkSizeWarningLimit: 4096 },
}));
