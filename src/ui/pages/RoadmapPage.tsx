import { useShallow } from "zustand/react/shallow";
import { findChallenges, statusOf } from "../../store/filters-slice";
import { PackageHostBanner } from "../availability/PackageNotice";
import { plural } from "../common/plural";
import { useNow } from "../common/use-now";
import { useFiltersInUrl } from "../filters/filters-url";
import { ContinueCards } from "../home/ContinueCards";
import { DrillFilters } from "../home/DrillFilters";
import { DrillTable } from "../home/DrillTable";
import { StagePath } from "../home/StagePath";
import { useDocumentTitle } from "../page-focus";
import { useApp } from "../store-context";

export function RoadmapPage() {
  const challenges = useApp((s) => s.challenges);
  const progress = useApp((s) => s.progress);
  const filters = useApp(useShallow((s) => s.filters));
  const clear = useApp((s) => s.clearFilters);
  const now = useNow(60_000);
  useFiltersInUrl();
  const hits = findChallenges(challenges, filters, progress, now);
  const shown = hits.map((h) => h.challenge);
  const solved = challenges.filter((c) => statusOf(progress[c.id]) === "solved").length;
  useDocumentTitle("Roadmap");
  return (
    <div className="page roadmap">
      <header className="page-header">
        <div>
          <h1>Your roadmap</h1>
          <p>
            {solved} of {plural(challenges.length, "drill")} solved · six stages from Python basics to end-to-end
            projects
          </p>
        </div>
      </header>
      <ContinueCards />
      <PackageHostBanner />
      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading" className="section-title">
          Stages
        </h2>
        <StagePath />
      </section>
      <section aria-labelledby="drills-heading">
        <h2 id="drills-heading" className="section-title">
          All drills{" "}
          <span className="count">
            {shown.length === challenges.length
              ? plural(challenges.length, "drill")
              : `${shown.length} of ${challenges.length}`}
          </span>
        </h2>
        <DrillFilters />
        <DrillTable
          drills={shown}
          hits={filters.query.trim() ? hits : undefined}
          caption={`${shown.length} of ${plural(challenges.length, "drill")}`}
          empty={
            <div className="empty-state">
              <strong>No drills match these filters</strong>
              <p>Try another search, or clear the filters to see every drill.</p>
              <button type="button" onClick={clear}>
                Clear filters
              </button>
            </div>
          }
        />
      </section>
    </div>
  );
}
