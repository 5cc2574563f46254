import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { bundledCatalog } from "../catalog/bundled-catalog";
import { createAppStore } from "../store/app-store";
import { App } from "../ui/App";
import { StoreProvider } from "../ui/store-context";
import "../ui/app.css";
import { createBrowserRunner } from "./browser-runner";

const runner = createBrowserRunner();
void runner.start();
const store = createAppStore({ catalog: bundledCatalog, runner });
for (const p of bundledCatalog.problems) console.error(`challenge problem: ${p.file}: ${p.field}: ${p.message}`);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
