import type { Challenge } from "../../domain/challenge";
import { ConfirmButton } from "../common/ConfirmButton";
import { TabList, TabPanel } from "../common/Tabs";
import { RelatedConcepts } from "../concepts/RelatedConcepts";
import { Markdown } from "../markdown/Markdown";
import { useApp } from "../store-context";
import { HintsPanel } from "./HintsPanel";
import { SolutionPanel } from "./SolutionPanel";
import { SubmissionsPanel } from "./SubmissionsPanel";

export type StatementTab = "statement" | "hints" | "solution" | "submissions";

/** The left pane: the statement and, in practice, hints, the explanation and past submissions. */
export function StatementPane(props: {
  challenge: Challenge;
  tab: StatementTab;
  onTab(tab: StatementTab): void;
  /** Exam mode hides hints and the solution. */
  exam: boolean;
  practice: boolean;
}) {
  const { challenge, exam, practice } = props;
  const hintsUsed = useApp((s) => s.progress[challenge.id]?.hintsUsed ?? 0);
  const submissions = useApp((s) => s.progress[challenge.id]?.attempts.length ?? 0);
  const startExam = useApp((s) => s.startExam);
  const tabs = [
    { id: "statement" as const, label: "Statement" },
    ...(exam
      ? []
      : [
          { id: "hints" as const, label: "Hints", count: hintsUsed },
          { id: "solution" as const, label: "Solution" },
        ]),
    ...(practice ? [{ id: "submissions" as const, label: "Submissions", count: submissions }] : []),
  ];
  const shown = tabs.some((t) => t.id === props.tab) ? props.tab : "statement";
  return (
    <section className="pane statement-pane" aria-label="Drill">
      <div className="pane-header">
        <TabList label="Drill" idPrefix="statement" tabs={tabs} selected={shown} onSelect={props.onTab} />
      </div>
      <TabPanel idPrefix="statement" id={shown} className="pane-body statement-body">
        {shown === "statement" && (
          <>
            <div className="drill-meta">
              <span className="badge">{challenge.minutes} min target</span>
              {challenge.packages.map((p) => (
                <span key={p} className="badge badge-accent">
                  {p}
                </span>
              ))}
              {challenge.tags.map((t) => (
                <span key={t} className="tag">
                  #{t}
                </span>
              ))}
            </div>
            <Markdown text={withoutTitle(challenge.statement)} className="statement" />
            {practice && <RelatedConcepts drillId={challenge.id} />}
            {practice && (
              <aside className="exam-offer">
                <div>
                  <strong>Ready for interview conditions?</strong>
                  <p className="muted">A {challenge.minutes}-minute countdown, no hints, hidden tests as a count.</p>
                </div>
                <ConfirmButton
                  label="Start exam mode"
                  question={`Start a ${challenge.minutes}-minute exam on this drill? The countdown cannot be paused, hints and the solution are hidden, and hidden tests only report how many passed.`}
                  confirmLabel="Start exam"
                  onConfirm={() => startExam(challenge.id)}
                />
              </aside>
            )}
          </>
        )}
        {shown === "hints" && <HintsPanel challenge={challenge} />}
        {shown === "solution" && <SolutionPanel challenge={challenge} allowReveal={practice} />}
        {shown === "submissions" && <SubmissionsPanel challenge={challenge} />}
      </TabPanel>
    </section>
  );
}

/** The statement's own "# Title" line repeats the page heading. */
function withoutTitle(markdown: string): string {
  return markdown.replace(/^\s*# [^\n]*\n/, "");
}
