import { remainingMs, summaryRows } from "../../domain/session-rules";
import type { ActiveSession } from "../../store/session-slice";
import { ConfirmButton } from "../common/ConfirmButton";
import { formatDuration, useNow } from "../common/use-now";
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
  const { session } = active;
  const left = remainingMs(session, now);
  const rows = summaryRows(session);
  const submitted = rows.filter((r) => r.total > 0).length;
  const noun = session.kind === "exam" ? "exam" : "interview";
  const move = (index: number) => {
    const id = session.challengeIds[index];
    if (!id) return;
    goTo(session.id, index);
    navigate({ page: "drill", id });
  };
  return (
    <section className="session-bar" aria-label={session.kind === "exam" ? "Exam" : "Mock interview"}>
      <strong>{session.kind === "exam" ? "Exam mode" : "Mock interview"}</strong> · drill {session.current + 1} of{" "}
      {session.challengeIds.length} ·{" "}
      <span role="timer" aria-live="off">
        {finalizing
          ? "Time is up: grading the code in the editor as your final submission…"
          : active.readOnly
            ? "Time is up: the code in the editor was graded as your final submission"
            : `${formatDuration(left)} left`}
      </span>{" "}
      · {submitted} submitted{" "}
      {active.readOnly ? (
        <>
          <a href={href({ page: "session", id: session.id })}>See the summary</a>{" "}
          <button type="button" onClick={() => dismiss(session.id)}>
            Back to practice
          </button>
        </>
      ) : (
        <>
          {session.challengeIds.length > 1 && (
            <nav aria-label="Drills of this interview" className="session-drills">
              <button type="button" disabled={session.current === 0} onClick={() => move(session.current - 1)}>
                Previous drill
              </button>{" "}
              <ol>
                {session.challengeIds.map((id, i) => (
                  <li key={id}>
                    <button
                      type="button"
                      aria-current={i === session.current ? "step" : undefined}
                      onClick={() => move(i)}
                    >
                      {i + 1}. {challenges.find((c) => c.id === id)?.title ?? id}
                      {(rows[i]?.total ?? 0) > 0 ? " ✓ submitted" : ""}
                    </button>
                  </li>
                ))}
              </ol>{" "}
              <button
                type="button"
                disabled={session.current + 1 >= session.challengeIds.length}
                onClick={() => move(session.current + 1)}
              >
                Next drill
              </button>
            </nav>
          )}{" "}
          <ConfirmButton
            label={`Finish ${noun}`}
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
        </>
      )}
    </section>
  );
}
