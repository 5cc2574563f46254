// A Node worker thread that hosts one Python interpreter, as the browser's worker does: tsx's
// loader is registered, then the entry loads.
import { register } from "tsx/esm/api";

register();
await import("./session.worker.ts");
