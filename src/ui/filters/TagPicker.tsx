import { useId, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { useApp } from "../store-context";

/** The tag filter: type to search 200+ tags (suggestions show how many drills have each). */
export function TagPicker() {
  const tag = useApp((s) => s.filters.tag);
  const setFilter = useApp((s) => s.setFilter);
  const allTags = useApp(useShallow((s) => s.challenges.flatMap((c) => c.tags)));
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const t of allTags) m.set(t, (m.get(t) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [allTags]);
  const [text, setText] = useState<string | null>(null);
  const listId = useId();
  const shown = text ?? tag;
  const known = counts.some(([t]) => t === shown.trim());
  const hintId = useId();
  const hint =
    text !== null && text.trim() !== "" && !known ? `${matchingCount(counts, text)} tags match; pick one` : null;
  return (
    <div className="field tag-picker">
      <label htmlFor={`${listId}-input`}>Tag</label>
      <input
        id={`${listId}-input`}
        type="search"
        list={listId}
        value={shown}
        placeholder={`Any of ${counts.length} tags`}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          const exact = counts.find(([t]) => t === value.trim());
          if (exact) setFilter("tag", exact[0]);
          else if (value.trim() === "") setFilter("tag", "");
        }}
        onBlur={() => setText(null)}
      />
      <datalist id={listId}>
        {counts.map(([t, n]) => (
          <option key={t} value={t}>
            {`${t} (${n})`}
          </option>
        ))}
      </datalist>
      <span className="tag-hint" id={hintId} role="status">
        {hint}
      </span>
    </div>
  );
}

function matchingCount(counts: [string, number][], text: string): number {
  const q = text.trim().toLowerCase();
  return counts.filter(([t]) => t.toLowerCase().includes(q)).length;
}
