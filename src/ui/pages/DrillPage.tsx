import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { challengeById } from "../../store/catalog-slice";
import { codeFor } from "../../store/drafts-slice";
import { unavailablePackages } from "../../store/offline-slice";
import { activeSessionIn } from "../../store/session-slice";
import { elapsedOf } from "../../store/timer-slice";
import { PackageNotice } from "../availability/PackageNotice";
import { ConfirmButton } from "../common/ConfirmButton";
import { useNow } from "../common/use-now";
import { CustomInputPanel } from "../drill/CustomInputPanel";
import { DrillTimer } from "../drill/DrillTimer";
import { EditorKeyHint } from "../drill/EditorKeyHint";
import { HintsPanel } from "../drill/HintsPanel";
import { ResultsPanel } from "../drill/ResultsPanel";
import { editorErrorMessage } from "../drill/result-messages";
import { SessionBar } from "../drill/SessionBar";
import { SolutionPanel } from "../drill/SolutionPanel";
import { SubmissionsPanel } from "../drill/SubmissionsPanel";
import { Markdown } from "../markdown/Markdown";
import { RatingControl } from "../review/RatingControl";
import { href, navigate } from "../router";
import { useApp } from "../store-context";

const CodeEditor = lazy(() => import("../editor/CodeEditor"));
const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

export function DrillPage({ id }: { id: string }) {
  const challenge = useApp((s) => challengeById(s, id));
  const code = useApp((s) => (challenge ? codeFor(s, challenge.id, challenge.starter) : ""));
  const now = useNow(1000);
  const sessions = useApp((s) => s.sessions);
  const endedHere = useApp((s) => s.endedHere);
  const active = activeSessionIn(sessions, endedHere, id, now);
  const timer = useApp((s) => s.timers[id]);
  const report = useApp((s) => s.report);
  const custom = useApp((s) => s.custom);
  const running = useApp((s) => s.running);
  const python = useApp((s) => s.python.state);
  const lastReset = useApp((s) => s.lastReset);
  const conflict = useApp((s) => s.draftConflict);
  const {
    setCode,
    run,
    stop,
    flushDrafts,
    resetToStarter,
    undoReset,
    openTimer,
    closeTimer,
    startExam,
    resolveConflict,
  } = useApp(
    useShallow((s) => ({
      setCode: s.setCode,
      run: s.run,
      stop: s.stop,
      flushDrafts: s.flushDrafts,
      resetToStarter: s.resetToStarter,
      undoReset: s.undoReset,
      openTimer: s.openTimer,
      closeTimer: s.closeTimer,
      startExam: s.startExam,
      resolveConflict: s.resolveConflict,
    })),
  );
  const [goTo, setGoTo] = useState<{ line: number; nonce: number } | null>(null);
  const missing = useApp(useShallow((s) => (challenge ? unavailablePackages(s, challenge.packages) : [])));

  const practice = active === null;
  useEffect(() => {
    if (!practice || !challenge) return;
    openTimer(challenge.id);
    return () => closeTimer(challenge.id);
  }, [practice, challenge, openTimer, closeTimer]);

  const canRun = running === null && python !== "error" && !active?.readOnly && missing.length === 0;
  const doRun = useCallback(() => canRun && void run("run"), [canRun, run]);
  const doSubmit = useCallback(() => canRun && void run("submit"), [canRun, run]);
  const doSave = useCallback(() => void flushDrafts(), [flushDrafts]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as Element | null)?.closest?.(".monaco-editor")) return;
      if (e.key === "Enter") {
        e.preventDefault();
        if (e.shiftKey) doSubmit();
        else doRun();
      } else if (e.key.toLowerCase() === "s") {
        e.preventDefault();
        doSave();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [doRun, doSubmit, doSave]);

  if (!challenge) {
    return (
      <div>
        <h1>No drill called “{id}”</h1>
        <a href={href({ page: "home" })}>Back to the roadmap</a>
      </div>
    );
  }
  const exam = active?.session.kind === "exam";
  const errorTest = report?.results.find((r) => r.detailed && r.traceback?.line);
  const errorLine = custom?.error?.traceback?.line ?? errorTest?.traceback?.line ?? null;
  const elapsed = active ? now - active.session.startedAt : elapsedOf(timer, now);
  const onGoToLine = (line: number) => setGoTo({ line, nonce: Date.now() });
  return (
    <div className="drill">
      <section className="drill-statement" aria-labelledby="drill-title">
        <p className="crumbs">
          <a href={href({ page: "home" })}>Roadmap</a> › {challenge.track}
        </p>
        <h1 id="drill-title">{challenge.title}</h1>
        <p className="meta">
          <span className={`badge ${challenge.difficulty}`}>{challenge.difficulty}</span> · target {challenge.minutes}{" "}
          min
          {challenge.packages.length > 0 && ` · needs ${challenge.packages.join(", ")}`}
          {challenge.tags.length > 0 && ` · ${challenge.tags.join(", ")}`}
        </p>
        {active && <SessionBar active={active} />}
        {practice && (
          <p className="mode">
            <DrillTimer challenge={challenge} />{" "}
            <ConfirmButton
              label="Start exam mode"
              question={`Start a ${challenge.minutes}-minute exam on this drill? The countdown cannot be paused, hints and the solution are hidden, and hidden tests only report how many passed.`}
              confirmLabel="Start exam"
              onConfirm={() => startExam(challenge.id)}
            />
          </p>
        )}
        <Markdown text={withoutTitle(challenge.statement)} className="statement" />
        {!exam && <HintsPanel challenge={challenge} />}
        {!exam && <SolutionPanel challenge={challenge} allowReveal={practice} />}
      </section>
      <section className="drill-work" aria-label="Your solution">
        {conflict?.challengeId === challenge.id && (
          <div role="alert" className="banner">
            This drill's code was changed in another tab.{" "}
            <button type="button" onClick={() => void resolveConflict("mine")}>
              Keep this tab's code
            </button>{" "}
            <button type="button" onClick={() => void resolveConflict("theirs")}>
              Use the other tab's code
            </button>
          </div>
        )}
        <PackageNotice challenge={challenge} />
        <div className="toolbar">
          <button type="button" onClick={doRun} disabled={!canRun} aria-keyshortcuts="Control+Enter">
            Run
          </button>
          <button type="button" onClick={doSubmit} disabled={!canRun} aria-keyshortcuts="Control+Shift+Enter">
            Submit
          </button>
          <button type="button" onClick={stop} disabled={running === null}>
            Stop
          </button>
          {lastReset?.challengeId === challenge.id ? (
            <button type="button" onClick={undoReset}>
              Undo reset
            </button>
          ) : (
            <ConfirmButton
              label="Reset to starter"
              question="Replace your code with the starter code? You can undo this right after."
              confirmLabel="Reset"
              disabled={Boolean(active?.readOnly)}
              onConfirm={() => resetToStarter(challenge.id, challenge.starter)}
            />
          )}
          <span className="shortcuts">
            Run <kbd>{MOD}+Enter</kbd> · Submit <kbd>{MOD}+Shift+Enter</kbd> · Save <kbd>{MOD}+S</kbd>
          </span>
        </div>
        <EditorKeyHint />
        <div className="editor-frame">
          <Suspense fallback={<p className="editor-loading">Loading the editor…</p>}>
            <CodeEditor
              key={challenge.id}
              value={code}
              onChange={(c) => setCode(challenge.id, c)}
              readOnly={Boolean(active?.readOnly)}
              errorLine={errorLine}
              errorMessage={custom?.error?.message?.split("\n")[0] ?? editorErrorMessage(errorTest, exam) ?? ""}
              goTo={goTo}
              onRun={doRun}
              onSubmit={doSubmit}
              onSave={doSave}
              ariaLabel="Code editor"
            />
          </Suspense>
        </div>
        <ResultsPanel challenge={challenge} hideHidden={exam} elapsedMs={elapsed} onGoToLine={onGoToLine} />
        {practice && <RatingControl challengeId={challenge.id} />}
        {!active?.readOnly && <CustomInputPanel challenge={challenge} onGoToLine={onGoToLine} />}
        {practice && <SubmissionsPanel challenge={challenge} />}
        {active?.readOnly && (
          <p>
            <button type="button" onClick={() => navigate({ page: "session", id: active.session.id })}>
              See the summary
            </button>
          </p>
        )}
      </section>
    </div>
  );
}

/** The statement's own "# Title" line repeats the page heading. */
function withoutTitle(markdown: string): string {
  return markdown.replace(/^\s*# [^\n]*\n/, "");
}
