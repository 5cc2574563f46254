// Every drill's starter and reference solution is clean under the editor's rules: a candidate
// opening a drill sees no squiggles they did not cause.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { challengeDirs } from "../../src/cli/load-challenges";
import { ruffEngine } from "./ruff-node";

const engine = ruffEngine();
const files = challengeDirs().flatMap((dir) =>
  ["starter.py", "solution.py"].map((name) => path.relative(process.cwd(), path.join(dir, name))),
);

describe("the editor's lint rules on every drill", () => {
  it("covers the drills", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)("%s has no findings", (file) => {
    const findings = engine.lint(readFileSync(file, "utf8"));
    expect(findings.map((f) => `${f.start.row}:${f.start.column} ${f.code} ${f.message}`)).toEqual([]);
  });
});
