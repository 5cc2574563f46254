import { useState } from "react";
import type { Challenge } from "../../domain/challenge";
import type { RunReport, TestResult } from "../../domain/results";
import { plural } from "../common/plural";
import { RatingControl } from "../review/RatingControl";
import { useApp } from "../store-context";
import { errorKind, sharedError, stoppedText } from "./result-messages";
import { SamplePreviewList } from "./SamplePreviewList";
import { SolvedCard } from "./SolvedCard";
import { TestChips } from "./TestChips";
import { TestDetail } from "./TestDetail";
import { STATUS_ICON, STATUS_TEXT } from "./test-status";

export interface TestsTabProps {
  challenge: Challenge;
  /** Exam mode: hidden tests are reported as passed/total only. */
  hideHidden: boolean;
  /** Practice (not an exam or mock): a solve shows the success card. */
  practice: boolean;
  /** Time spent on the drill when the report came, for "time against target". */
  elapsedMs: number;
  onGoToLine(line: number): void;
  onShowExplanation(): void;
}

/** The Tests tab of the results console: samples before the first run, then one chip per test and its detail. */
export function TestsTab(props: TestsTabProps) {
  const { challenge, hideHidden } = props;
  const report = useApp((s) => s.report);
  const kind = useApp((s) => s.reportKind);
  const live = useApp((s) => s.live);
  const running = useApp((s) => s.running);
  const plan = useApp((s) => s.plan);
  const seq = useApp((s) => s.reportSeq);
  const [picked, setPicked] = useState<{ seq: number; id: string } | null>(null);
  const grading = running === "run" || running === "submit";
  const results = (grading ? live : report?.results) ?? [];
  const visible = hideHidden ? results.filter((r) => r.sample) : results;
  const hidden = results.filter((r) => !r.sample);
  const fallback = visible.find((r) => r.status !== "pass") ?? visible[0];
  const selectedId = picked && picked.seq === seq && !grading ? picked.id : (fallback?.id ?? null);
  const selected = visible.find((r) => r.id === selectedId);
  const solved = Boolean(report && kind === "submit" && isSolved(report));
  const shared = grading ? null : sharedError(results);
  const hiddenFailures = hidden.filter((r) => r.status !== "pass");

  if (!grading && !report) {
    return (
      <>
        {/* back on a drill whose last submission solved it: the rating can still be given or changed */}
        {props.practice && <RatingControl challengeId={challenge.id} revisit />}
        <SamplePreviewList challenge={challenge} />
      </>
    );
  }
  return (
    <div className="tests-tab">
      {grading && (
        <p className="run-progress" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          Running {running === "submit" ? "all tests" : "sample tests"}… {live.length}/{plan.length || "?"}
        </p>
      )}
      {!grading && report?.problem && (
        <p role="alert" className="problem run-problem">
          {report.problem.message}
        </p>
      )}
      {!grading && report && !report.problem && (
        <div className={`verdict-line verdict-${verdictOf(report)}`}>
          <span className="verdict-word">{verdictWord(report, kind)}</span>
          <span className="summary" role="status" data-report={seq}>
            {report.stopped
              ? `${stoppedText(report, plan.length)}: ${report.summary.passed} passed`
              : `${report.summary.passed}/${report.summary.total} tests passed`}
          </span>
          <span className="muted">{kind === "submit" ? "all tests" : "sample tests"}</span>
        </div>
      )}
      {!grading && solved && props.practice && (
        <SolvedCard challenge={challenge} elapsedMs={props.elapsedMs} onShowExplanation={props.onShowExplanation} />
      )}
      {!grading &&
        report?.notices.map((n) => (
          <p key={n} className="notice">
            ℹ {n}
          </p>
        ))}
      {shared && (
        <p role="alert" className="problem shared-error">
          <span>{shared.message}</span>
          {shared.line !== null && (
            <button type="button" className="btn-sm" onClick={() => props.onGoToLine(shared.line as number)}>
              Go to line {shared.line}
            </button>
          )}
        </p>
      )}
      {visible.length > 0 && (
        <div className="tests-split">
          <TestChips results={visible} selected={selected?.id ?? null} onSelect={(id) => setPicked({ seq, id })} />
          {selected && (
            <TestDetail
              result={selected}
              onGoToLine={props.onGoToLine}
              quiet={shared !== null && selected.status === "error"}
              figures={!grading && report?.figures?.testId === selected.id ? report.figures : null}
              figureDrill={challenge.packages.includes("matplotlib")}
            />
          )}
        </div>
      )}
      {hideHidden && hidden.length > 0 && (
        <div className="hidden-tests">
          <p className="hidden-count">
            Hidden tests: {hidden.length - hiddenFailures.length}/{hidden.length} passed
          </p>
          {!grading && hiddenFailures.length > 0 && (
            <ul className="hidden-failures" aria-label="Hidden tests that did not pass">
              {hiddenFailures.map((r) => (
                <li key={r.id} data-status={r.status}>
                  <span aria-hidden="true" className={`verdict-${r.status}`}>
                    {STATUS_ICON[r.status]}
                  </span>{" "}
                  Hidden test {r.name}: {r.status === "fail" ? "wrong answer" : errorKind(r)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

export function isSolved(report: RunReport): boolean {
  return (
    !report.problem && !report.stopped && report.summary.total > 0 && report.summary.passed === report.summary.total
  );
}

function verdictOf(report: RunReport): TestResult["status"] | "stopped" {
  if (report.stopped) return "stopped";
  return report.results.find((r) => r.status !== "pass")?.status ?? "pass";
}

function verdictWord(report: RunReport, kind: string | null): string {
  const verdict = verdictOf(report);
  if (verdict === "stopped") return "■ Stopped";
  if (verdict === "pass") return kind === "submit" ? "✓ Accepted" : "✓ Sample tests pass";
  const failing = report.results.filter((r) => r.status !== "pass").length;
  return `${STATUS_ICON[verdict]} ${STATUS_TEXT[verdict]} · ${plural(failing, "test")} failing`;
}
