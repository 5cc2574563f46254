import { type ReactNode, useState } from "react";
import { type Challenge, DIFFICULTIES, STAGES } from "../../domain/challenge";
import type { DrillProgress } from "../../domain/progress";
import type { SearchHit } from "../../domain/search";
import { statusOf } from "../../store/filters-slice";
import { UnavailableTag } from "../availability/PackageNotice";
import { DifficultyBadge, StatusMark } from "../common/badges";
import { Highlight } from "../common/Highlight";
import { trackLabel } from "../common/track-label";
import { href } from "../router";
import { useApp } from "../store-context";

type SortKey = "roadmap" | "status" | "title" | "track" | "difficulty" | "minutes";
const STATUS_RANK = { new: 0, attempted: 1, solved: 2 } as const;

function sortValue(key: SortKey, c: Challenge, index: number, progress: Record<string, DrillProgress>) {
  if (key === "status") return STATUS_RANK[statusOf(progress[c.id])];
  if (key === "title") return c.title.toLowerCase();
  if (key === "track") return c.track;
  if (key === "difficulty") return DIFFICULTIES.indexOf(c.difficulty);
  if (key === "minutes") return c.minutes;
  return index;
}

/**
 * The drill list: compact, sortable by any column, difficulty and status in colour and words. With search
 * hits, best match first (until a column is sorted), the matched words marked.
 */
export function DrillTable(props: {
  drills: Challenge[];
  caption: string;
  empty?: ReactNode;
  showTrack?: boolean;
  /** A search's hits, in rank order: titles and statement excerpts are highlighted. */
  hits?: SearchHit[] | undefined;
}) {
  const progress = useApp((s) => s.progress);
  const [picked, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const sort = picked ?? { key: "roadmap", dir: 1 };
  const hitOf = new Map(props.hits?.map((h) => [h.challenge.id, h]));
  const stageOrder = (c: Challenge) => STAGES.findIndex((s) => s.id === c.stage);
  const ranked = props.hits !== undefined && picked === null;
  const ordered = props.drills
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (ranked ? 0 : stageOrder(a.c) - stageOrder(b.c)) || a.i - b.i);
  const rows = ordered
    .map(({ c }, i) => ({ c, v: sortValue(sort.key, c, i, progress), i }))
    .sort((a, b) => (a.v < b.v ? -sort.dir : a.v > b.v ? sort.dir : a.i - b.i))
    .map((r) => r.c);
  const header = (key: SortKey, label: string, className = "") => {
    const active = !ranked && sort.key === key;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
      >
        <button
          type="button"
          className="sort"
          onClick={() => setSort(active ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: 1 })}
        >
          {label}
          <span aria-hidden="true" className="sort-arrow">
            {active ? (sort.dir === 1 ? "↑" : "↓") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className="drill-table-wrap card">
      <table className="table drill-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {header("status", "Status", "col-status")}
            {header("title", "Drill")}
            {props.showTrack !== false && header("track", "Track", "col-track")}
            {header("difficulty", "Difficulty")}
            {header("minutes", "Target", "num col-target")}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td className="col-status" data-col="status">
                <StatusMark status={statusOf(progress[c.id])} />
              </td>
              <td className="col-title">
                <a href={href({ page: "drill", id: c.id })}>
                  <Highlight text={c.title} terms={hitOf.get(c.id)?.terms ?? []} />
                </a>
                <UnavailableTag challenge={c} />
                {hitOf.get(c.id)?.snippet && (
                  <p className="search-snippet">
                    <Highlight text={hitOf.get(c.id)?.snippet ?? ""} terms={hitOf.get(c.id)?.terms ?? []} />
                  </p>
                )}
              </td>
              {props.showTrack !== false && <td className="col-track muted">{trackLabel(c.track)}</td>}
              <td>
                <DifficultyBadge difficulty={c.difficulty} />
              </td>
              <td className="num col-target muted">{c.minutes} min</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && props.empty}
    </div>
  );
}
