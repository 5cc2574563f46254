import { useCallback, useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { challengeById } from "../../store/catalog-slice";
import { codeFor } from "../../store/drafts-slice";
import { unavailablePackages } from "../../store/offline-slice";
import { activeSessionIn } from "../../store/session-slice";
import { elapsedOf } from "../../store/timer-slice";
import { PACKAGE_NOTICE_ID } from "../availability/PackageNotice";
import { NARROW, useMediaQuery } from "../common/use-media-query";
import { useNow } from "../common/use-now";
import { ConsolePane, type ConsoleTab } from "../drill/ConsolePane";
import { DrillBanners } from "../drill/DrillBanners";
import { DrillHeader } from "../drill/DrillHeader";
import { EditorPane } from "../drill/EditorPane";
import { RunActions } from "../drill/RunActions";
import { editorErrorMessage } from "../drill/result-messages";
import { SessionBar } from "../drill/SessionBar";
import { StatementPane, type StatementTab } from "../drill/StatementPane";
import { useRunShortcuts } from "../drill/use-run-shortcuts";
import { type MobileTab, Workspace } from "../drill/Workspace";
import { useDocumentTitle } from "../page-focus";
import { href } from "../router";
import { useApp } from "../store-context";

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
  const { run, stop, flushDrafts, openTimer, closeTimer } = useApp(
    useShallow((s) => ({
      run: s.run,
      stop: s.stop,
      flushDrafts: s.flushDrafts,
      openTimer: s.openTimer,
      closeTimer: s.closeTimer,
    })),
  );
  const missing = useApp(useShallow((s) => (challenge ? unavailablePackages(s, challenge.packages) : [])));
  const narrow = useMediaQuery(NARROW);
  const [goTo, setGoTo] = useState<{ line: number; nonce: number } | null>(null);
  const [leftTab, setLeftTab] = useState<StatementTab>("statement");
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>("tests");
  const [mobileTab, setMobileTab] = useState<MobileTab>("statement");
  useDocumentTitle(challenge?.title ?? "Drill not found");

  const practice = active === null;
  useEffect(() => {
    if (!practice || !challenge) return;
    openTimer(challenge.id);
    return () => closeTimer(challenge.id);
  }, [practice, challenge, openTimer, closeTimer]);

  // a run shows its results: the Tests tab (unless trying an input), and on a phone the Results pane
  useEffect(() => {
    if (running === null) return;
    if (running !== "custom") setConsoleTab("tests");
    setMobileTab("results");
  }, [running]);

  const canRun = running === null && python !== "error" && !active?.readOnly && missing.length === 0;
  const doRun = useCallback(() => canRun && void run("run"), [canRun, run]);
  const doSubmit = useCallback(() => canRun && void run("submit"), [canRun, run]);
  const doSave = useCallback(() => void flushDrafts(), [flushDrafts]);
  useRunShortcuts(doRun, doSubmit, doSave);

  if (!challenge) {
    return (
      <div className="page">
        <h1>No drill called “{id}”</h1>
        <p>
          <a href={href({ page: "home" })}>Back to the roadmap</a>
        </p>
      </div>
    );
  }
  const exam = active?.session.kind === "exam";
  const readOnly = Boolean(active?.readOnly);
  const errorTest = report?.results.find((r) => r.detailed && r.traceback?.line);
  const errorLine = custom?.error?.traceback?.line ?? errorTest?.traceback?.line ?? null;
  const elapsed = active ? now - active.session.startedAt : elapsedOf(timer, now);
  const onGoToLine = (line: number) => {
    setGoTo({ line, nonce: Date.now() });
    setMobileTab("code");
  };
  const actions = (
    <RunActions
      canRun={canRun}
      running={running === "run" || running === "submit"}
      onRun={doRun}
      onSubmit={doSubmit}
      onStop={stop}
      blockedBy={missing.length > 0 ? PACKAGE_NOTICE_ID : undefined}
      preparing={python === "preparing"}
    />
  );
  return (
    <Workspace
      narrow={narrow}
      mobileTab={mobileTab}
      onMobileTab={setMobileTab}
      header={<DrillHeader challenge={challenge} practice={practice} />}
      banners={
        <>
          {active && <SessionBar active={active} />}
          <DrillBanners challenge={challenge} />
        </>
      }
      statement={
        <StatementPane challenge={challenge} tab={leftTab} onTab={setLeftTab} exam={exam} practice={practice} />
      }
      editor={
        <EditorPane
          challenge={challenge}
          code={code}
          readOnly={readOnly}
          errorLine={errorLine}
          errorMessage={custom?.error?.message?.split("\n")[0] ?? editorErrorMessage(errorTest, exam) ?? ""}
          goTo={goTo}
          actions={narrow ? null : actions}
          onRun={doRun}
          onSubmit={doSubmit}
          onSave={doSave}
        />
      }
      console={
        <ConsolePane
          challenge={challenge}
          tab={consoleTab}
          onTab={setConsoleTab}
          readOnly={readOnly}
          hideHidden={exam}
          practice={practice}
          elapsedMs={elapsed}
          onGoToLine={onGoToLine}
          onShowExplanation={() => {
            setLeftTab("solution");
            setMobileTab("statement");
          }}
        />
      }
      actions={actions}
    />
  );
}
