// Ruff's findings land on the right characters in Monaco: real Ruff output mapped onto a model
// of the same text, read back through the range Monaco would underline.
import { describe, expect, it } from "vitest";
import type { LintFinding } from "../../src/intel/lint-types";
import {
  codePointColumn,
  type LineSource,
  type Range,
  toMarker,
  toRange,
  toTextEdits,
  touches,
} from "../../src/ui/editor/lint-markers";
import { ruffEngine } from "./ruff-node";

const engine = ruffEngine();

/** A stand-in for Monaco's text model: lines, UTF-16 columns, 1-based. */
function model(
  text: string,
): LineSource & { text(r: Range): string; apply(edits: { range: Range; text: string }[]): string } {
  const lines = text.split("\n");
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return {
    getLineCount: () => lines.length,
    getLineMaxColumn: (line) => (lines[line - 1]?.length ?? 0) + 1,
    text: (r) => text.slice(offset(r.startLineNumber, r.startColumn), offset(r.endLineNumber, r.endColumn)),
    apply(edits) {
      let out = text;
      for (const e of [...edits].sort(
        (a, b) =>
          offset(b.range.startLineNumber, b.range.startColumn) - offset(a.range.startLineNumber, a.range.startColumn),
      ))
        out =
          out.slice(0, offset(e.range.startLineNumber, e.range.startColumn)) +
          e.text +
          out.slice(offset(e.range.endLineNumber, e.range.endColumn));
      return out;
    },
  };
}

const only = (code: string, rule: string | null): LintFinding => {
  const found = engine.lint(code).filter((f) => f.code === rule);
  expect(found).toHaveLength(1);
  return found[0] as LintFinding;
};

describe("Ruff findings as Monaco markers", () => {
  it("underlines exactly the undefined name, as an error with the rule code and a plain explanation", () => {
    const code = "def f(xs):\n    return totl + 1\n";
    const m = model(code);
    const marker = toMarker(only(code, "F821"), m);
    expect(m.text(marker)).toBe("totl");
    expect(marker).toMatchObject({ startLineNumber: 2, startColumn: 12, endLineNumber: 2, endColumn: 16 });
    expect(marker.severity).toBe(8);
    expect(marker.code).toBe("F821");
    expect(marker.message).toMatch(/^Undefined name `totl`\n.*NameError/);
  });

  it("counts columns in UTF-16 units after non-ASCII identifiers and astral characters", () => {
    const code = 's = "😀 𝔘"; café = 1\nprint(ñame, café, s)\nrésumé = [x for x in "😀"] ; print(résumé, 𝔵ñ)\n';
    const m = model(code);
    const undefinedNames = engine.lint(code).filter((f) => f.code === "F821");
    expect(undefinedNames.map((f) => m.text(toMarker(f, m)))).toEqual(["ñame", "𝔵ñ"]);
    // 𝔵 is one code point but two UTF-16 units: Jedi's column and Monaco's differ after it
    const line = "x = '𝔵'; 𝔵ñ.up";
    expect(codePointColumn(line, line.length + 1)).toBe([...line].length);
    expect(codePointColumn(line, 1)).toBe(0);
  });

  it("maps a finding that spans lines", () => {
    const code = "def f(a=[\n    1,\n    2,\n]):\n    return a\n";
    const m = model(code);
    const marker = toMarker(only(code, "B006"), m);
    expect(marker).toMatchObject({ startLineNumber: 1, endLineNumber: 4, severity: 4 });
    expect(m.text(marker)).toBe("[\n    1,\n    2,\n]");
  });

  it("fades unused names and keeps them warnings", () => {
    const code = "import os\n\ndef f():\n    tmp = 1\n";
    const m = model(code);
    const unusedImport = toMarker(only(code, "F401"), m);
    const unusedVar = toMarker(only(code, "F841"), m);
    expect([m.text(unusedImport), m.text(unusedVar)]).toEqual(["os", "tmp"]);
    expect(unusedImport.tags).toEqual([1]);
    expect(unusedVar.severity).toBe(4);
  });

  it("gives a syntax error at the end of the file a visible range inside the text", () => {
    const code = "def f(:\n    return (1,\n";
    const m = model(code);
    const syntax = engine.lint(code).filter((f) => f.code === null);
    expect(syntax.length).toBeGreaterThan(0);
    for (const f of syntax) {
      const marker = toMarker(f, m);
      expect(marker.message).toMatch(/^SyntaxError: /);
      expect(marker.severity).toBe(8);
      expect(marker.endLineNumber).toBeLessThanOrEqual(m.getLineCount());
      expect(marker.endColumn).toBeLessThanOrEqual(m.getLineMaxColumn(marker.endLineNumber));
    }
    // an empty range past the end of a line grows to the character before it
    const eol = toMarker(
      { ...(syntax[0] as LintFinding), start: { row: 1, column: 8 }, end: { row: 1, column: 8 } },
      m,
    );
    expect(m.text(eol)).toBe(":");
    expect(toRange({ row: 9, column: 1 }, { row: 9, column: 1 }, m)).toEqual({
      startLineNumber: 3,
      startColumn: 1,
      endLineNumber: 3,
      endColumn: 1,
    });
  });

  it("applies Ruff's quick fixes as edits, deletions and multi-line insertions included", () => {
    const code = "import os\nimport sys\n\n\ndef f(xs=[]):\n    return sys.argv, xs\n";
    const m = model(code);
    const removeOs = only(code, "F401");
    expect(m.apply(toTextEdits(removeOs.fix?.edits ?? [], m))).toBe(code.replace("import os\n", ""));
    const mutable = only(code, "B006");
    expect(mutable.fix?.title).toMatch(/None/);
    const fixed = m.apply(toTextEdits(mutable.fix?.edits ?? [], m));
    expect(fixed).toContain("def f(xs=None):\n    if xs is None:\n        xs = []\n");
    expect(engine.lint(fixed).filter((f) => f.code === "B006")).toEqual([]);
  });

  it("offers a fix only where the cursor touches the finding", () => {
    const code = "x = 1\nif x == None:\n    pass\n";
    const m = model(code);
    const f = only(code, "E711");
    const at = (line: number, column: number) => ({
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: column,
    });
    expect(touches(f, at(2, 10), m)).toBe(true);
    expect(touches(f, at(1, 3), m)).toBe(false);
    expect(touches(f, at(3, 5), m)).toBe(false);
  });
});
