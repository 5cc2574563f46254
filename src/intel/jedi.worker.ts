// Jedi worker entry: its own Pyodide for completions, signatures and hover docs; never the grader's.
import type { PyodideAPI, PyodideConfig } from "pyodide";
import bridgeSource from "./jedi_bridge.py?raw";
import { JediSession } from "./jedi-session";
import type { JediRequest, JediResponse } from "./protocol";

const scope = self as unknown as {
  postMessage(m: JediResponse): void;
  onmessage: ((e: MessageEvent<JediRequest>) => void) | null;
};

// The runtime is loaded from indexURL at run time, not bundled into this worker.
const load = async (config: PyodideConfig): Promise<PyodideAPI> => {
  const mod = (await import(/* @vite-ignore */ `${config.indexURL}pyodide.mjs`)) as {
    loadPyodide(c: PyodideConfig): Promise<PyodideAPI>;
  };
  return mod.loadPyodide(config);
};

const session = new JediSession(load, bridgeSource, (m) => scope.postMessage(m));
scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === "boot") void session.boot(m.options);
  else session.request(m);
};
