import { useEffect } from "react";

/**
 * What browser tests read from a mounted editor (tests/support/editor.ts). Each editor registers
 * one under its aria label in `window.__drillEditors`, because Monaco renders only the visible
 * lines and its model is not reachable from the page otherwise.
 */
export interface EditorProbe {
  kind: "monaco" | "textarea";
  code(): string;
  /** 1-based line of the cursor. */
  cursorLine(): number;
  /** 1-based lines that carry an error marker. */
  errorLines(): number[];
  /** The linter's markers (Monaco only). */
  lintMarkers(): ProbeMarker[];
  /** How many times lint markers were set so far (Monaco only). */
  lintRuns(): number;
  /** Page coordinates of a 1-based line and column, if it is on screen (Monaco only). */
  pointAt(line: number, column: number): { x: number; y: number } | null;
}

export interface ProbeMarker {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string | null;
  severity: "error" | "warning" | "info";
  message: string;
}

declare global {
  interface Window {
    __drillEditors?: Record<string, EditorProbe>;
  }
}

/** Registers `probe` under `label` while the component is mounted. */
export function useEditorProbe(label: string, probe: EditorProbe | null): void {
  useEffect(() => {
    if (!probe) return;
    window.__drillEditors ??= {};
    const probes = window.__drillEditors;
    probes[label] = probe;
    return () => {
      if (probes[label] === probe) delete probes[label];
    };
  }, [label, probe]);
}
