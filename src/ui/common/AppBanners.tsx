import { useApp } from "../store-context";

/** Offline and update notices, in words. */
export function AppBanners() {
  const online = useApp((s) => s.online);
  const updateReady = useApp((s) => s.updateReady);
  const applyUpdate = useApp((s) => s.applyUpdate);
  return (
    <>
      {!online && (
        <div role="status" className="banner">
          ⚡ You are offline. Drills without packages work as usual; drills whose packages are on this device work too.
        </div>
      )}
      {updateReady && (
        <div role="status" className="banner">
          A new version of the app is ready.{" "}
          <button type="button" onClick={applyUpdate}>
            Reload to update
          </button>
        </div>
      )}
    </>
  );
}
