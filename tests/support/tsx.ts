/**
 * The command that runs a TypeScript entry point (a script or the drill CLI) as `npx tsx` does,
 * without npx's second of start-up on every call: node with tsx's loader.
 */
export function tsx(script: string, ...args: string[]): [string, string[]] {
  return [process.execPath, ["--import", "tsx", script, ...args]];
}
