import type { SessionRecord } from "../../domain/progress";
import { href } from "../router";
import { useApp } from "../store-context";

/** Where to go after a session: an exam back to its drill or the roadmap; a mock interview, another one. */
export function SessionNextSteps({ session }: { session: SessionRecord }) {
  const dismiss = useApp((s) => s.dismissSession);
  const drill = session.challengeIds[0];
  return (
    <nav aria-label="What next" className="session-next">
      <ul>
        {session.kind === "exam" && drill && (
          <li>
            <a href={href({ page: "drill", id: drill })} onClick={() => dismiss(session.id)}>
              Back to the drill
            </a>
          </li>
        )}
        {session.kind === "mock" && (
          <li>
            <a href={href({ page: "mock" })}>Start another mock interview</a>
          </li>
        )}
        <li>
          <a href={href({ page: "review" })}>Review queue</a>
        </li>
        <li>
          <a href={href({ page: "home" })}>Back to the roadmap</a>
        </li>
      </ul>
    </nav>
  );
}
