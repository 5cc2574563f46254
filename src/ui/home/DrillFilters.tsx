import { useShallow } from "zustand/react/shallow";
import { DIFFICULTIES, TRACKS } from "../../domain/challenge";
import type { StatusFilter } from "../../store/filters-slice";
import { trackLabel } from "../common/track-label";
import { TagPicker } from "../filters/TagPicker";
import { useApp } from "../store-context";

const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: "new", label: "New" },
  { value: "attempted", label: "Attempted" },
  { value: "solved", label: "Solved" },
  { value: "due", label: "Due for review" },
];

/** Search and filters above the drill table; they live in the URL (see filters/filters-url.ts). */
export function DrillFilters() {
  const filters = useApp(useShallow((s) => s.filters));
  const setFilter = useApp((s) => s.setFilter);
  const clear = useApp((s) => s.clearFilters);
  const any = Object.values(filters).some((v) => v !== "");
  return (
    <search className="filters" aria-label="Filter drills">
      <label className="field filter-search">
        Search
        <input
          type="search"
          placeholder="Title, topic, package or words in the statement"
          value={filters.query}
          onChange={(e) => setFilter("query", e.target.value)}
        />
      </label>
      <label className="field">
        Track
        <select value={filters.track} onChange={(e) => setFilter("track", e.target.value as typeof filters.track)}>
          <option value="">All</option>
          {TRACKS.map((t) => (
            <option key={t} value={t}>
              {trackLabel(t)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Difficulty
        <select
          value={filters.difficulty}
          onChange={(e) => setFilter("difficulty", e.target.value as typeof filters.difficulty)}
        >
          <option value="">All</option>
          {DIFFICULTIES.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <TagPicker />
      <label className="field">
        Status
        <select value={filters.status} onChange={(e) => setFilter("status", e.target.value as typeof filters.status)}>
          <option value="">All</option>
          {STATUS_FILTERS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn-ghost" onClick={clear} disabled={!any}>
        Clear filters
      </button>
    </search>
  );
}
