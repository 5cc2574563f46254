import { useShallow } from "zustand/react/shallow";
import { availabilityMessage, drillAvailability } from "../../domain/availability";
import type { Challenge } from "../../domain/challenge";
import { isRunnable } from "../../store/offline-slice";
import { useApp } from "../store-context";

export const PACKAGE_NOTICE_ID = "package-notice";

/** On a drill page: why this drill cannot run now, what to do, and a retry. Nothing when it can run. */
export function PackageNotice({ challenge }: { challenge: Challenge }) {
  const availability = useAvailability(challenge);
  const message = availabilityMessage(availability);
  if (!message) return null;
  return (
    <div
      role="alert"
      id={PACKAGE_NOTICE_ID}
      className="banner package-notice"
      data-unavailable={availability.reason ?? ""}
    >
      <p>
        <strong>Run and Submit are off for this drill.</strong> {withCode(message)}
      </p>
      <RetryButton />
    </div>
  );
}

/** On the roadmap: how many drills cannot run now, and why; nothing when all can. */
export function PackageHostBanner() {
  const blocked = useApp(useShallow((s) => s.challenges.filter((c) => !isRunnable(s, c.packages)).length));
  const online = useApp((s) => s.online);
  if (blocked === 0) return null;
  return (
    <div role="status" className="banner package-notice">
      <p>
        {blocked} drill{blocked === 1 ? "" : "s"} cannot run now:{" "}
        {online
          ? "their packages (NumPy, pandas…) are not on this device and the package host does not answer. Connect to a network that reaches it, or ask whoever deployed this app to host the packages itself with "
          : "their packages are not on this device and there is no connection. Connect to run them."}
        {online && (
          <>
            <code>npm run vendor-packages</code>.
          </>
        )}
      </p>
      {online && <RetryButton />}
    </div>
  );
}

/** In the drill table: a drill that cannot run now, with why (in full for screen readers and on hover). */
export function UnavailableTag({ challenge }: { challenge: Challenge }) {
  const availability = useAvailability(challenge);
  if (availability.runnable) return null;
  const offline = availability.reason === "offline";
  return (
    <span className="badge badge-warning unavailable" title={availabilityMessage(availability) ?? undefined}>
      {offline ? "needs a connection" : "cannot run now"}
      <span className="visually-hidden">
        {offline ? " (packages)" : ` (${availability.missing.join(", ")}: package host unreachable)`}
      </span>
    </span>
  );
}

/** The drill's availability; recomputed when connectivity, the host check or the package cache change. */
function useAvailability(challenge: Challenge) {
  const online = useApp((s) => s.online);
  const reachable = useApp((s) => s.packagesReachable);
  const cached = useApp((s) => s.packagesCached);
  const hostProblems = useApp((s) => s.packageHostProblems);
  return drillAvailability(challenge.packages, { online, reachable, cached, hostProblems });
}

function RetryButton() {
  const check = useApp((s) => s.checkPackageHost);
  const host = useApp((s) => s.packageHost);
  const online = useApp((s) => s.online);
  if (!online) return null;
  return (
    <button type="button" onClick={() => void check()} disabled={host === "checking"}>
      {host === "checking" ? "Checking…" : "Check again"}
    </button>
  );
}

/** `npm run vendor-packages` in the message, as code. */
function withCode(message: string) {
  const parts = message.split(/`([^`]+)`/);
  return parts.map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions of a split message
    i % 2 === 1 ? <code key={i}>{part}</code> : <span key={i}>{part}</span>,
  );
}
