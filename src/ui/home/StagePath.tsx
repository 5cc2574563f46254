import { STAGES } from "../../domain/challenge";
import { statusOf } from "../../store/filters-slice";
import { plural } from "../common/plural";
import { trackLabel } from "../common/track-label";
import { href } from "../router";
import { useApp } from "../store-context";

/** The roadmap as a path: one card per stage, in order, each opening its stage view. */
export function StagePath() {
  const challenges = useApp((s) => s.challenges);
  const progress = useApp((s) => s.progress);
  return (
    <ol className="stage-path">
      {STAGES.map((stage, i) => {
        const inStage = challenges.filter((c) => c.stage === stage.id);
        const solved = inStage.filter((c) => statusOf(progress[c.id]) === "solved").length;
        const started = inStage.some((c) => statusOf(progress[c.id]) !== "new");
        const done = inStage.length > 0 && solved === inStage.length;
        const state = done ? "done" : started ? "active" : "todo";
        return (
          <li key={stage.id} className={`stage-card stage-${state}`}>
            <span className="stage-node" aria-hidden="true">
              {done ? "✓" : i + 1}
            </span>
            <a className="stage-link" href={href({ page: "stage", id: stage.id })}>
              <span className="stage-kicker">Stage {i + 1}</span>
              <h2>{stage.title}</h2>
              <span className="stage-count">
                {solved} of {plural(inStage.length, "drill")} solved
              </span>
              <span className="progress-bar" aria-hidden="true">
                <span style={{ width: `${inStage.length ? (solved / inStage.length) * 100 : 0}%` }} />
              </span>
              <span className="stage-tracks">
                {stage.tracks.map((t) => (
                  <span key={t} className="tag">
                    {trackLabel(t)} · {inStage.filter((c) => c.track === t).length}
                  </span>
                ))}
              </span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
