// Browser worker entry: hosts Pyodide and the harness; imports nothing but the runner's protocol and session.
import type { PyodideAPI, PyodideConfig } from "pyodide";
import type { BootOptions, HostMessage, WorkerMessage } from "../runner/protocol";
import { PythonSession } from "../runner/python-session";
import { type Lockdown, lockDown } from "./lockdown";
import { watchPackageDownloads } from "./package-downloads";
import { cacheSnapshots } from "./snapshot-cache";

const harnessFiles = Object.fromEntries(
  Object.entries(
    // the native CLI's own modules (its process supervisor, --isolated mode, crosschecks) stay out of the browser
    import.meta.glob<string>(
      ["../python/drill/*.py", "!../python/drill/{native,isolated,isolated_child,wire,supervise,crosscheck}.py"],
      { query: "?raw", import: "default", eager: true },
    ),
  ).map(([path, text]) => [path.slice(path.lastIndexOf("/") + 1), text]),
);

// captured before the lockdown removes it from the scope
const post: (m: WorkerMessage) => void = self.postMessage.bind(self);

const downloads = watchPackageDownloads(self);

// The runtime is loaded from indexURL at run time, not bundled into this worker.
const load = async (config: PyodideConfig): Promise<PyodideAPI> => {
  const url = `${config.indexURL}pyodide.mjs`;
  const mod = (await import(/* @vite-ignore */ url)) as { loadPyodide(c: PyodideConfig): Promise<PyodideAPI> };
  // a package host that cannot be reached must not stop Python from starting
  const { lockFileURL, ...rest } = config;
  if (!lockFileURL) return mod.loadPyodide(config);
  return mod.loadPyodide({
    ...rest,
    lockFileContents: downloads.lockFile(lockFileURL, `${config.indexURL}pyodide-lock.json`),
  });
};

let lockdown: Lockdown | null = null;
const session = new PythonSession(
  load,
  harnessFiles,
  post,
  cacheSnapshots(),
  (open) => lockdown?.network(open),
  downloads,
);
let ready: Promise<void> | null = null;

function packageSources(options: BootOptions): string[] {
  const dir = (url: string) => new URL(".", new URL(url, location.href)).href;
  return [options.indexURL, options.packageBaseUrl, options.lockFileURL].flatMap((u) => (u ? [dir(u)] : []));
}

function onMessage(e: MessageEvent<HostMessage>): void {
  const m = e.data;
  if (m.type === "boot" && !ready) {
    // fetch and compile Pyodide's scripts while the session reads the memory snapshot; a failure
    // here is reported by the boot itself
    for (const file of ["pyodide.mjs", "pyodide.asm.mjs"])
      import(/* @vite-ignore */ `${m.options.indexURL}${file}`).catch(() => {});
    ready = session.boot(m.options, m.interruptBuffer).then(() => {
      lockdown = lockDown(onMessage, packageSources(m.options));
    });
  } else if (m.type === "run" && ready) {
    const { runId, job } = m;
    void ready.then(() => session.run(runId, job));
  }
}

self.onmessage = onMessage;
