import { useApp } from "../store-context";

export function StorageBanner() {
  const error = useApp((s) => s.storageError);
  const dismiss = useApp((s) => s.dismissStorageError);
  if (!error) return null;
  return (
    <div role="alert" className="banner banner-error">
      <span>⚠ {error}</span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
