// The entry: start Python first, from a small script, and load the app's UI while it boots.
import { fetchCatalog } from "../catalog/bundled-catalog";
import { createBrowserRunner, spawnPythonWorker } from "./browser-runner";
import { resumeWhereLeftOff } from "./launch";
import { loadRuntimeConfig } from "./runtime-config";

resumeWhereLeftOff();
const base = new URL(import.meta.env.BASE_URL, location.href);
const worker = spawnPythonWorker();
const ui = import("./start-app");
const catalog = fetchCatalog(base);
const config = await loadRuntimeConfig(base);
const runner = createBrowserRunner(base, config, worker);
void runner.start();
(await ui).startApp({ base, config, runner, catalog });
