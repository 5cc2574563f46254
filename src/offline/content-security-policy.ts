/**
 * The one Content-Security-Policy of the app, sent by `vite dev`/`vite preview`
 * (scripts/vite-plugin-csp.ts) and added by the service worker on hosts that send none: scripts,
 * workers and connections from this origin only, plus the package sources. Only the Python
 * worker's script may eval (Pyodide evaluates JS from the wasm module); wasm compiles everywhere.
 */
export function contentSecurityPolicy(packageOrigins: string[], options: { worker: boolean; dev: boolean }): string {
  const script = ["'self'", "'wasm-unsafe-eval'", ...(options.worker ? ["'unsafe-eval'"] : [])];
  // vite dev's React preamble is an inline script, and its HMR talks over a WebSocket
  if (options.dev) script.push("'unsafe-inline'");
  const connect = ["'self'", ...packageOrigins, ...(options.dev ? ["ws:", "wss:"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "worker-src 'self'",
    `connect-src ${[...new Set(connect)].join(" ")}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}
