import { remainingMs, summaryRows } from "../../domain/session-rules";
import type { ActiveSession } from "../../store/session-slice";
import { formatDuration, useNow } from "../common/use-now";
import { href, navigate } from "../router";
import { useApp } from "../store-context";

/** The countdown of an exam or mock interview, with no pause. */
export function SessionBar({ active }: { active: ActiveSession }) {
  const now = useNow(500);
  const next = useApp((s) => s.nextDrill);
  const end = useApp((s) => s.endSession);
  const dismiss = useApp((s) => s.dismissSession);
  const { session } = active;
  const left = remainingMs(session, now);
  const submitted = summaryRows(session).filter((r) => r.total > 0).length;
  const last = session.current + 1 >= session.challengeIds.length;
  return (
    <section className="session-bar" aria-label={session.kind === "exam" ? "Exam" : "Mock interview"}>
      <strong>{session.kind === "exam" ? "Exam mode" : "Mock interview"}</strong> · drill {session.current + 1} of{" "}
      {session.challengeIds.length} ·{" "}
      <span role="timer" aria-live="off">
        {active.readOnly ? "Time is up: your last submission counts" : `${formatDuration(left)} left`}
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
          {!last && (
            <button
              type="button"
              onClick={() => {
                next(session.id);
                const id = session.challengeIds[session.current + 1];
                if (id) navigate({ page: "drill", id });
              }}
            >
              Next drill
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              end(session.id);
              navigate({ page: "session", id: session.id });
            }}
          >
            Finish {session.kind === "exam" ? "exam" : "interview"}
          </button>
        </>
      )}
    </section>
  );
}
