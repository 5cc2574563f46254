import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/e2e/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // one process for all the files, one after another: no new process and module graph a file
          isolate: false,
          // one `vite preview` and one Chromium for all the files (tests/support/shared-app.ts)
          globalSetup: ["tests/support/e2e-setup.ts"],
        },
      },
    ],
  },
});
