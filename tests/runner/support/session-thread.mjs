// A Node worker thread that hosts one Python interpreter for many runs, as the browser's worker
// does (the CLI's threads grade one run each): tsx's loader is registered, then the entry loads.
import { register } from "tsx/esm/api";

register();
await import("./session.worker.ts");
