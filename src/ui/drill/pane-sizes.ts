/** The drill workspace's divider positions, as fractions, remembered per device. */
import { useCallback, useState } from "react";
import { readPreference, writePreference } from "../common/preferences";

export interface PaneSizes {
  /** The statement pane's share of the width. */
  left: number;
  /** The editor's share of the right pane's height (the results console has the rest). */
  editor: number;
}

export const PANE_LIMITS = { left: [0.24, 0.7], editor: [0.25, 0.85] } as const;
const DEFAULT: PaneSizes = { left: 0.42, editor: 0.6 };

const isSizes = (v: unknown): v is PaneSizes =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as PaneSizes).left === "number" &&
  typeof (v as PaneSizes).editor === "number";

export function clampSize(key: keyof PaneSizes, value: number): number {
  const [min, max] = PANE_LIMITS[key];
  return Math.min(max, Math.max(min, value));
}

export function usePaneSizes(): [PaneSizes, (key: keyof PaneSizes, value: number) => void] {
  const [sizes, setSizes] = useState(() => {
    const saved = readPreference("panes", DEFAULT, isSizes);
    return { left: clampSize("left", saved.left), editor: clampSize("editor", saved.editor) };
  });
  const set = useCallback((key: keyof PaneSizes, value: number) => {
    setSizes((s) => {
      const next = { ...s, [key]: clampSize(key, value) };
      writePreference("panes", next);
      return next;
    });
  }, []);
  return [sizes, set];
}
