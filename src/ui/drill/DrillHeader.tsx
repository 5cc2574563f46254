import type { Challenge } from "../../domain/challenge";
import { STAGES } from "../../domain/challenge";
import { DifficultyBadge } from "../common/badges";
import { href } from "../router";
import { DrillTimer } from "./DrillTimer";

/** The workspace's title bar: where the drill sits in the roadmap, its name, and the practice timer. */
export function DrillHeader({ challenge, practice }: { challenge: Challenge; practice: boolean }) {
  const stage = STAGES.find((s) => s.id === challenge.stage);
  return (
    <header className="drill-header">
      <nav aria-label="Breadcrumb" className="crumbs">
        <a href={href({ page: "home" })} aria-label="Back to the roadmap" className="crumb-back">
          ‹
        </a>
        <a href={href({ page: "stage", id: challenge.stage })} className="crumb-stage">
          {stage?.title ?? challenge.stage}
        </a>
        <span aria-hidden="true" className="crumb-sep">
          /
        </span>
      </nav>
      <h1 id="drill-title">{challenge.title}</h1>
      <DifficultyBadge difficulty={challenge.difficulty} />
      <div className="drill-header-end">{practice && <DrillTimer challenge={challenge} />}</div>
    </header>
  );
}
