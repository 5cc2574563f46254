import { useShallow } from "zustand/react/shallow";
import { STAGES } from "../../domain/challenge";
import { statusOf } from "../../store/filters-slice";
import { plural } from "../common/plural";
import { trackDescription, trackLabel } from "../common/track-label";
import { DrillTable } from "../home/DrillTable";
import { useDocumentTitle } from "../page-focus";
import { href } from "../router";
import { useApp } from "../store-context";

/** One roadmap stage: its drills track by track. */
export function StagePage({ id }: { id: string }) {
  const index = STAGES.findIndex((s) => s.id === id);
  const stage = STAGES[index];
  const challenges = useApp(useShallow((s) => s.challenges.filter((c) => c.stage === id)));
  const progress = useApp((s) => s.progress);
  useDocumentTitle(stage ? stage.title : "Stage not found");
  if (!stage) {
    return (
      <div className="page">
        <h1>No stage called “{id}”</h1>
        <a href={href({ page: "home" })}>Back to the roadmap</a>
      </div>
    );
  }
  const solved = challenges.filter((c) => statusOf(progress[c.id]) === "solved").length;
  const next = STAGES[index + 1];
  return (
    <div className="page stage-page">
      <p className="crumbs">
        <a href={href({ page: "home" })}>Roadmap</a> <span aria-hidden="true">/</span> Stage {index + 1}
      </p>
      <header className="page-header">
        <div>
          <h1>{stage.title}</h1>
          <p>
            {solved} of {plural(challenges.length, "drill")} solved ·{" "}
            <a href={`${href({ page: "concepts" })}?stage=${stage.id}`} style={{ textDecoration: "underline" }}>
              this stage's concept questions
            </a>
          </p>
        </div>
        <div className="progress-bar stage-progress" aria-hidden="true">
          <span style={{ width: `${challenges.length ? (solved / challenges.length) * 100 : 0}%` }} />
        </div>
      </header>
      {stage.tracks.map((track) => {
        const drills = challenges.filter((c) => c.track === track);
        return (
          <section key={track} aria-labelledby={`track-${track}`}>
            <h2 id={`track-${track}`} className="section-title">
              {trackLabel(track)} <span className="count">{plural(drills.length, "drill")}</span>
            </h2>
            <p className="muted track-description">{trackDescription(track)}</p>
            <DrillTable
              drills={drills}
              caption={`${trackLabel(track)} drills`}
              showTrack={false}
              empty={
                <div className="empty-state">
                  <strong>No drills in this track yet</strong>
                </div>
              }
            />
          </section>
        );
      })}
      {next && (
        <p className="next-stage">
          Next:{" "}
          <a href={href({ page: "stage", id: next.id })}>
            Stage {index + 2}: {next.title} →
          </a>
        </p>
      )}
    </div>
  );
}
