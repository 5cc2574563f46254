/** The app around a booting PythonRunner: offline support, saved progress, the store and the UI. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { fetchCardDeck, fetchCardIndex } from "../catalog/bundled-cards";
import type { Catalog } from "../catalog/catalog";
import { editorIntel } from "../intel/intel-client";
import { createBrowserOffline } from "../offline/browser-offline";
import { openIndexedDbStorage } from "../persistence/indexed-db-storage";
import { localDraftMirror } from "../persistence/local-draft-mirror";
import { createMemoryStorage } from "../persistence/memory-storage";
import type { PythonRunner } from "../runner/python-runner";
import { createAppStore } from "../store/app-store";
import type { ProgressStorage } from "../store/progress-storage";
import { App } from "../ui/App";
import { StoreProvider } from "../ui/store-context";
import "../ui/app.css";
import { PYODIDE_VERSION } from "./browser-runner";
import type { RuntimeConfig } from "./runtime-config";

export async function startApp(options: {
  base: URL;
  config: RuntimeConfig;
  runner: PythonRunner;
  catalog: Promise<Catalog>;
}): Promise<void> {
  const { base, config, runner } = options;
  const recordBoot = () => {
    document.documentElement.dataset.pythonBoot = runner.bootedFromSnapshot ? "snapshot" : "fresh";
    // read by `npm run bench`
    (window as { drillBootPhases?: Record<string, number> }).drillBootPhases = runner.bootPhases;
  };
  if (runner.state === "ready") recordBoot();
  runner.subscribe((state) => {
    if (state === "ready") recordBoot();
  });
  // precaching waits for Python's first boot, but not forever
  const pythonSettled = new Promise<void>((resolve) => {
    setTimeout(resolve, 30_000);
    if (runner.state === "ready" || runner.state === "error") resolve();
    runner.subscribe((state) => {
      if (state === "ready" || state === "error") resolve();
    });
  });
  // the editor's completions run in a second Pyodide, booted only once grading's has settled
  editorIntel.configure({
    jedi: { indexURL: new URL("pyodide/", base).href, ...config },
    after: pythonSettled,
  });
  const offline = createBrowserOffline({
    base,
    pyodideVersion: PYODIDE_VERSION,
    ...config,
    registerAfter: pythonSettled,
    beforeUpdate: () => {
      runner.dispose();
      editorIntel.stop();
    },
  });
  const catalog = await options.catalog;
  for (const p of catalog.problems) console.error(`challenge problem: ${p.file}: ${p.field}: ${p.message}`);

  let storage: ProgressStorage;
  let storageProblem: string | null = null;
  try {
    storage = await openIndexedDbStorage();
  } catch (e) {
    storage = createMemoryStorage();
    storageProblem = (e as Error).message;
  }
  const store = createAppStore({
    catalog,
    runner,
    storage,
    offline,
    mirror: localDraftMirror(),
    loadCards: () => fetchCardDeck(base),
    loadCardIndex: () => fetchCardIndex(base),
  });
  if (storageProblem) store.setState({ storageError: storageProblem });
  void store.getState().loadSaved();
  void store.getState().checkPackageHost();

  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root");
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
