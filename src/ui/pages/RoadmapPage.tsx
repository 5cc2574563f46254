import { useShallow } from "zustand/react/shallow";
import { DIFFICULTIES, STAGES, TRACKS } from "../../domain/challenge";
import { dueForReview } from "../../domain/progress-rules";
import { filterChallenges, type StatusFilter, statusOf } from "../../store/filters-slice";
import { useNow } from "../common/use-now";
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
  const online = useApp((s) => s.online);
  const packagesCached = useApp((s) => s.packagesCached);
  const due = dueForReview(progress, now).filter((p) => challenges.some((c) => c.id === p.challengeId));
  const shown = filterChallenges(challenges, filters, progress, now);
  const byId = new Map(challenges.map((c) => [c.id, c]));
  return (
    <div className="roadmap">
      <h1>Your roadmap</h1>
      {due.length > 0 && (
        <section aria-labelledby="due-heading" className="due">
          <h2 id="due-heading">Due for review ({due.length})</h2>
          <ul>
            {due.map((p) => (
              <li key={p.challengeId}>
                <a href={href({ page: "drill", id: p.challengeId })}>{byId.get(p.challengeId)?.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
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
          {shown.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={href({ page: "drill", id: c.id })}>{c.title}</a>
              </td>
              <td>{c.track}</td>
              <td>{c.difficulty}</td>
              <td>{c.minutes} min</td>
              <td>
                {STATUS_LABEL[statusOf(progress[c.id])]}
                {!online && c.packages.some((p) => !packagesCached[p]) && " · needs a connection (packages)"}
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
  const tags = useApp(useShallow((s) => [...new Set(s.challenges.flatMap((c) => c.tags))].sort()));
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
      <label>
        Tag{" "}
        <select value={filters.tag} onChange={(e) => setFilter("tag", e.target.value)}>
          <option value="">All</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
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
