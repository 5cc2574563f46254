import { plural } from "../common/plural";
import { useApp } from "../store-context";

/** Pure-Python wheels are a few kB: they must not read "0.0 MB". */
function formatSize(bytes: number): string {
  return bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** "Make available offline": download every package the drills need, with progress and total size. */
export function OfflineSection() {
  const download = useApp((s) => s.download);
  const files = useApp((s) => s.cachedFiles);
  const online = useApp((s) => s.online);
  const make = useApp((s) => s.makeAvailableOffline);
  const packages = useApp((s) => [...new Set(s.challenges.flatMap((c) => c.packages))].sort().join(", "));
  const busy = download !== null && !download.finished;
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  return (
    <section aria-labelledby="offline-heading">
      <h2 id="offline-heading">Offline</h2>
      <p>
        The app itself works offline after the first visit. Drills that use packages ({packages || "none"}) need them
        downloaded once.
      </p>
      <button type="button" className="btn-primary" onClick={() => void make()} disabled={busy || !online}>
        Make available offline
      </button>
      {download && (
        <p role="status">
          {download.error
            ? `✗ ${download.error}`
            : download.finished
              ? `✓ ${download.total} files ready offline (${formatSize(download.bytes)})`
              : `Downloading ${download.done} of ${download.total} files (${formatSize(download.bytes)})`}{" "}
          {busy && <progress value={download.done} max={Math.max(1, download.total)} aria-label="Download progress" />}
        </p>
      )}
      <details>
        <summary>
          On this device: {plural(files.length, "package file")}, {formatSize(total)}
        </summary>
        <ul>
          {files.map((f) => (
            <li key={f.file}>
              {f.file} ({formatSize(f.bytes)})
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
