import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { fetchCatalog } from "../catalog/bundled-catalog";
import { openIndexedDbStorage } from "../persistence/indexed-db-storage";
import { localDraftMirror } from "../persistence/local-draft-mirror";
import { createMemoryStorage } from "../persistence/memory-storage";
import { createAppStore } from "../store/app-store";
import type { ProgressStorage } from "../store/progress-storage";
import { App } from "../ui/App";
import { StoreProvider } from "../ui/store-context";
import "../ui/app.css";
import { createBrowserOffline } from "../offline/browser-offline";
import { createBrowserRunner, PYODIDE_VERSION, spawnPythonWorker } from "./browser-runner";
import { loadRuntimeConfig } from "./runtime-config";

const base = new URL(import.meta.env.BASE_URL, location.href);
// Python boots first, so it is ready by the time the candidate has read the statement.
const worker = spawnPythonWorker();
const catalogLoading = fetchCatalog(base);
const config = await loadRuntimeConfig(base);
const runner = createBrowserRunner(base, config, worker);
void runner.start();
runner.subscribe((state) => {
  if (state !== "ready") return;
  document.documentElement.dataset.pythonBoot = runner.bootedFromSnapshot ? "snapshot" : "fresh";
  // read by `npm run bench`
  (window as { drillBootPhases?: Record<string, number> }).drillBootPhases = runner.bootPhases;
});
// precaching waits for Python's first boot, but not forever
const pythonSettled = new Promise<void>((resolve) => {
  setTimeout(resolve, 30_000);
  runner.subscribe((state) => {
    if (state === "ready" || state === "error") resolve();
  });
});
const offline = createBrowserOffline({
  base,
  pyodideVersion: PYODIDE_VERSION,
  ...config,
  registerAfter: pythonSettled,
});
const bundledCatalog = await catalogLoading;
for (const p of bundledCatalog.problems) console.error(`challenge problem: ${p.file}: ${p.field}: ${p.message}`);

let storage: ProgressStorage;
let storageProblem: string | null = null;
try {
  storage = await openIndexedDbStorage();
} catch (e) {
  storage = createMemoryStorage();
  storageProblem = (e as Error).message;
}
const store = createAppStore({ catalog: bundledCatalog, runner, storage, offline, mirror: localDraftMirror() });
if (storageProblem) store.setState({ storageError: storageProblem });
void store.getState().loadSaved();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
