import type { Challenge } from "../../domain/challenge";
import { PackageNotice } from "../availability/PackageNotice";
import { useApp } from "../store-context";

/** Problems that block or endanger work on this drill: a draft changed in another tab or by an import, packages that cannot load. */
export function DrillBanners({ challenge }: { challenge: Challenge }) {
  const challengeId = challenge.id;
  const conflict = useApp((s) =>
    s.draftConflict?.challengeId === challengeId
      ? s.draftConflict
      : s.importConflicts.find((c) => c.challengeId === challengeId),
  );
  const fromImport = conflict?.source === "import";
  const resolveConflict = useApp((s) => s.resolveConflict);
  return (
    <>
      {conflict?.challengeId === challenge.id && (
        <div role="alert" className="banner">
          {fromImport
            ? "The imported file has other code for this drill, dated later than this device's."
            : "This drill's code was changed in another tab."}
          <button type="button" className="btn-sm" onClick={() => void resolveConflict("mine", challengeId)}>
            {fromImport ? "Keep this device's code" : "Keep this tab's code"}
          </button>
          <button type="button" className="btn-sm" onClick={() => void resolveConflict("theirs", challengeId)}>
            {fromImport ? "Use the imported code" : "Use the other tab's code"}
          </button>
        </div>
      )}
      <PackageNotice challenge={challenge} />
    </>
  );
}
