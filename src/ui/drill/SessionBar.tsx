import { partAt, partCount, remainingMs, summaryRows } from "../../domain/session-rules";
import type { ActiveSession } from "../../store/session-slice";
import { ConfirmButton } from "../common/ConfirmButton";
import { formatDuration, useNow } from "../common/use-now";
import { useCardIndex } from "../concepts/use-deck";
import { href, navigate } from "../router";
import { useApp } from "../store-context";

/** The countdown of an exam or mock interview, with no pause; a mock interview moves back and forth. */
export function SessionBar({ active }: { active: ActiveSession }) {
  const now = useNow(500);
  const goTo = useApp((s) => s.goToSessionDrill);
  const end = useApp((s) => s.endSession);
  const dismiss = useApp((s) => s.dismissSession);
  const finalizing = useApp((s) => s.finalizing.includes(active.session.id));
  const challenges = useApp((s) => s.challenges);
  // the questions' titles come from cards-index.json
  const { cards } = useCardIndex((active.session.cardIds?.length ?? 0) > 0);
  const { session } = active;
  const left = remainingMs(session, now);
  const rows = summaryRows(session);
  const submitted = rows.filter((r) => r.total > 0).length;
  const noun = session.kind === "exam" ? "exam" : "interview";
  const parts = partCount(session);
  const cardIds = session.cardIds ?? [];
  const answered = (id: string) => session.cardResults?.some((r) => r.cardId === id) ?? false;
  const move = (index: number) => {
    const part = partAt(session, index);
    if (!part) return;
    goTo(session.id, index);
    navigate(part.kind === "drill" ? { page: "drill", id: part.id } : { page: "concept", id: part.id });
  };
  const timeUp = active.readOnly || finalizing;
  return (
    <section
      className={`session-bar${timeUp ? " session-bar-over" : ""}`}
      aria-label={session.kind === "exam" ? "Exam" : "Mock interview"}
    >
      <div className="session-status">
        <strong className="session-kind">{session.kind === "exam" ? "Exam mode" : "Mock interview"}</strong>
        <span className="muted">
          {cardIds.length > 0 ? "part" : "drill"} {session.current + 1} of {parts}
        </span>
        <span role="timer" aria-live="off" className={timeUp ? "session-clock session-clock-over" : "session-clock"}>
          {finalizing
            ? "Time is up: grading the code in the editor as your final submission…"
            : active.readOnly
              ? "Time is up: the code in the editor was graded as your final submission"
              : `${formatDuration(left)} left`}
        </span>
        <span className="muted">{submitted} submitted</span>
      </div>
      {!active.readOnly && parts > 1 && (
        <nav aria-label="Drills of this interview" className="session-drills">
          <button
            type="button"
            className="btn-sm btn-ghost"
            disabled={session.current === 0}
            onClick={() => move(session.current - 1)}
          >
            <span aria-hidden="true">‹ </span>
            <span className="session-move-word">{cardIds.length > 0 ? "Previous" : "Previous drill"}</span>
          </button>
          <ol>
            {session.challengeIds.map((id, i) => (
              <li key={id}>
                <button
                  type="button"
                  className={`session-drill${(rows[i]?.total ?? 0) > 0 ? " submitted" : ""}`}
                  aria-current={i === session.current ? "step" : undefined}
                  onClick={() => move(i)}
                >
                  <span className="session-drill-no">{i + 1}.</span>{" "}
                  <span className="session-drill-title">{challenges.find((c) => c.id === id)?.title ?? id}</span>
                  {(rows[i]?.total ?? 0) > 0 ? <span className="session-drill-done"> ✓ submitted</span> : ""}
                </button>
              </li>
            ))}
            {cardIds.map((id, j) => {
              const i = session.challengeIds.length + j;
              return (
                <li key={`card:${id}`}>
                  <button
                    type="button"
                    className={`session-drill${answered(id) ? " submitted" : ""}`}
                    aria-current={i === session.current ? "step" : undefined}
                    onClick={() => move(i)}
                  >
                    <span className="session-drill-no">{i + 1}.</span>{" "}
                    <span className="session-drill-title">{cards?.find((c) => c.id === id)?.title ?? id}</span>
                    {answered(id) ? <span className="session-drill-done"> ✓ answered</span> : ""}
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="btn-sm btn-ghost"
            disabled={session.current + 1 >= parts}
            onClick={() => move(session.current + 1)}
          >
            <span className="session-move-word">{cardIds.length > 0 ? "Next" : "Next drill"}</span>
            <span aria-hidden="true"> ›</span>
          </button>
        </nav>
      )}
      <div className="session-actions">
        {active.readOnly ? (
          <>
            <a className="btn btn-sm btn-primary" href={href({ page: "session", id: session.id })}>
              See the summary
            </a>
            <button type="button" className="btn-sm" onClick={() => dismiss(session.id)}>
              Back to practice
            </button>
          </>
        ) : (
          <ConfirmButton
            label={`Finish ${noun}`}
            className="btn-sm"
            question={`Finish the ${noun} now? ${
              session.challengeIds.length - submitted > 0
                ? `${session.challengeIds.length - submitted} of ${session.challengeIds.length} drills have no submission yet. `
                : ""
            }Your last submissions count; code not submitted is not graded.`}
            confirmLabel={`Finish ${noun}`}
            onConfirm={() => {
              end(session.id);
              navigate({ page: "session", id: session.id });
            }}
          />
        )}
      </div>
    </section>
  );
}
