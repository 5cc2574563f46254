import { useShallow } from "zustand/react/shallow";
import { DIFFICULTIES, STAGES, TRACKS } from "../../domain/challenge";
import { findChallenges, type StatusFilter, statusOf } from "../../store/filters-slice";
import { PackageHostBanner, UnavailableTag } from "../availability/PackageNotice";
import { Highlight } from "../common/Highlight";
import { useNow } from "../common/use-now";
import { useFiltersInUrl } from "../filters/filters-url";
import { TagPicker } from "../filters/TagPicker";
import { ReviewCard } from "../review/ReviewCard";
import { href } from "../router";
import { useApp } from "../store-context";

const STATUS_LABEL = { new: "New", attempted: "Attempted", solved: "Solved ✓" } as const;
const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: "new", label: "New" },
  { value: "attempted", label: "Attempted" },
  { value: "solved", label: "Solved" },
  { value: "due", label: "Due for review" },
];

export function RoadmapPage() {
  const challenges = useApp((s) => s.challenges);
  const progress = useApp((s) => s.progress);
  const filters = useApp(useShallow((s) => s.filters));
  const now = useNow(60_000);
  useFiltersInUrl();
  const shown = findChallenges(challenges, filters, progress, now);
  return (
    <div className="roadmap">
      <h1>Your roadmap</h1>
      <ReviewCard />
      <PackageHostBanner />
      <ol className="stages">
        {STAGES.map((stage, i) => {
          const inStage = challenges.filter((c) => c.stage === stage.id);
          const solved = inStage.filter((c) => statusOf(progress[c.id]) === "solved").length;
          return (
            <li key={stage.id} className="stage">
              <h2>
                {i + 1}. {stage.title}
              </h2>
              <p>
                {solved} of {inStage.length} solved{" "}
                <progress value={solved} max={Math.max(1, inStage.length)} aria-label={`${stage.title} progress`} />
              </p>
              <p className="tracks">
                {stage.tracks.map((t) => {
                  const count = inStage.filter((c) => c.track === t).length;
                  return (
                    <span key={t} className="track-chip">
                      {t}: {count} drill{count === 1 ? "" : "s"}
                    </span>
                  );
                })}
              </p>
            </li>
          );
        })}
      </ol>
      <Filters />
      <table className="drill-table">
        <caption>
          {shown.length} of {challenges.length} drills
        </caption>
        <thead>
          <tr>
            <th scope="col">Drill</th>
            <th scope="col">Track</th>
            <th scope="col">Difficulty</th>
            <th scope="col">Target</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ challenge: c, terms, snippet }) => (
            <tr key={c.id}>
              <td>
                <a href={href({ page: "drill", id: c.id })}>
                  <Highlight text={c.title} terms={terms} />
                </a>
                {snippet && (
                  <p className="search-snippet">
                    <Highlight text={snippet} terms={terms} />
                  </p>
                )}
              </td>
              <td>{c.track}</td>
              <td>{c.difficulty}</td>
              <td>{c.minutes} min</td>
              <td>
                {STATUS_LABEL[statusOf(progress[c.id])]}
                <UnavailableTag challenge={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Filters() {
  const filters = useApp(useShallow((s) => s.filters));
  const setFilter = useApp((s) => s.setFilter);
  const clear = useApp((s) => s.clearFilters);
  return (
    <search className="filters" aria-label="Filter drills">
      <label>
        Search <input type="search" value={filters.query} onChange={(e) => setFilter("query", e.target.value)} />
      </label>
      <label>
        Track{" "}
        <select value={filters.track} onChange={(e) => setFilter("track", e.target.value as typeof filters.track)}>
          <option value="">All</option>
          {TRACKS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Difficulty{" "}
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
      <label>
        Status{" "}
        <select value={filters.status} onChange={(e) => setFilter("status", e.target.value as typeof filters.status)}>
          <option value="">All</option>
          {STATUS_FILTERS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={clear}>
        Clear filters
      </button>
    </search>
  );
}
