/** Which characters of two short texts differ, for highlighting expected against actual. */
export interface Segment {
  text: string;
  changed: boolean;
}

const MAX_CELLS = 4_000_000;

/** Segments of `a` and of `b`, marking what is not in their longest common subsequence. */
export function diffSegments(a: string, b: string): [Segment[], Segment[]] {
  if (a === b) return [[{ text: a, changed: false }], [{ text: b, changed: false }]];
  if (a.length * b.length > MAX_CELLS) return [[{ text: a, changed: true }], [{ text: b, changed: true }]];
  const n = a.length;
  const m = b.length;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * (m + 1) + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j] as number, lcs[i * (m + 1) + j + 1] as number);
    }
  }
  const left: Segment[] = [];
  const right: Segment[] = [];
  const push = (list: Segment[], ch: string, changed: boolean) => {
    const last = list[list.length - 1];
    if (last && last.changed === changed) last.text += ch;
    else list.push({ text: ch, changed });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push(left, a[i] as string, false);
      push(right, b[j] as string, false);
      i++;
      j++;
    } else if (j < m && (i === n || (lcs[i * (m + 1) + j + 1] as number) >= (lcs[(i + 1) * (m + 1) + j] as number))) {
      push(right, b[j] as string, true);
      j++;
    } else {
      push(left, a[i] as string, true);
      i++;
    }
  }
  return [left, right];
}
