import type { SessionRecord } from "../../domain/progress";
import { partAt, partCount } from "../../domain/session-rules";
import { navigate } from "../router";
import { useApp } from "../store-context";

/** In a mock interview, after a card is rated: on to the next part, or to the summary after the last. */
export function SessionCardNext({ session }: { session: SessionRecord }) {
  const next = useApp((s) => s.nextDrill);
  const last = session.current + 1 >= partCount(session);
  return (
    <div className="session-card-next">
      <button
        type="button"
        className="btn-primary"
        onClick={() => {
          next(session.id);
          const part = partAt(session, session.current + 1);
          if (!part) navigate({ page: "session", id: session.id });
          else navigate(part.kind === "drill" ? { page: "drill", id: part.id } : { page: "concept", id: part.id });
        }}
      >
        {last ? "Finish and see the summary" : "Next part"}
      </button>
    </div>
  );
}
