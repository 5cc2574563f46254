import type { Challenge } from "../../domain/challenge";
import { PackageNotice } from "../availability/PackageNotice";
import { useApp } from "../store-context";

/** Problems that block or endanger work on this drill: a draft changed in another tab, packages that cannot load. */
export function DrillBanners({ challenge }: { challenge: Challenge }) {
  const conflict = useApp((s) => s.draftConflict);
  const resolveConflict = useApp((s) => s.resolveConflict);
  return (
    <>
      {conflict?.challengeId === challenge.id && (
        <div role="alert" className="banner">
          This drill's code was changed in another tab.
          <button type="button" className="btn-sm" onClick={() => void resolveConflict("mine")}>
            Keep this tab's code
          </button>
          <button type="button" className="btn-sm" onClick={() => void resolveConflict("theirs")}>
            Use the other tab's code
          </button>
        </div>
      )}
      <PackageNotice challenge={challenge} />
    </>
  );
}
