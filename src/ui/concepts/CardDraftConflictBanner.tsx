import { useApp } from "../store-context";

/** An imported file had another unrecorded answer for this card, dated later than this device's: the user chooses. */
export function CardDraftConflictBanner({ cardId }: { cardId: string }) {
  const conflict = useApp((s) => s.cardDraftConflicts.find((c) => c.cardId === cardId));
  const resolve = useApp((s) => s.resolveCardDraftConflict);
  if (!conflict) return null;
  return (
    <div role="alert" className="banner inline-banner">
      <span>
        The imported file has another answer for this card, dated later than this device's:{" "}
        <q className="conflict-preview">{preview(conflict.theirs.text)}</q>
      </span>
      <button type="button" className="btn-sm" onClick={() => void resolve(cardId, "mine")}>
        Keep this device's answer
      </button>
      <button type="button" className="btn-sm" onClick={() => void resolve(cardId, "theirs")}>
        Use the imported answer
      </button>
    </div>
  );
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}
