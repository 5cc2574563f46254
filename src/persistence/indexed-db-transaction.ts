/** One IndexedDB transaction as a promise that settles after commit, and its failures in words a user understands. */
import { StorageError } from "../store/progress-storage";
import type { DataStore } from "./indexed-db-schema";
import { describe } from "./indexed-db-schema";

export type Guard = (step: () => void) => () => void;
/** Queues requests on the transaction and returns how to read the result once it has committed. */
export type Work<T> = (tx: IDBTransaction, guard: Guard) => () => T;
export type Connection = { db: IDBDatabase; lost: boolean };

/** One transaction: resolves after it commits; on any failure it aborts, so nothing is written. */
export function transact<T>(
  connection: Connection,
  stores: readonly (DataStore | "meta")[],
  mode: IDBTransactionMode,
  action: string,
  work: Work<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (connection.lost) {
      reject(new StorageError(`Could not ${action}: ${LOST_CONNECTION}`, "unavailable"));
      return;
    }
    let tx: IDBTransaction | undefined;
    let failure: unknown;
    const abortWith = (error: unknown) => {
      failure ??= error;
      try {
        tx?.abort();
      } catch {
        // already finished
      }
    };
    // A throw inside a request callback would abort with a bare AbortError; keep the real cause.
    const guard: Guard = (step) => () => {
      try {
        step();
      } catch (error) {
        abortWith(error);
      }
    };
    try {
      const current = connection.db.transaction([...stores], mode);
      tx = current;
      const result = work(current, guard);
      current.oncomplete = () => resolve(result());
      current.onabort = () => reject(toStorageError(failure ?? current.error, action));
    } catch (error) {
      abortWith(error);
      reject(toStorageError(error, action));
    }
  });
}

const LOST_CONNECTION =
  "this tab lost its connection to saved data (the app was updated in another tab, or site data was cleared). " +
  "Reload the page to keep saving.";

function toStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  if (errorName(error) === "QuotaExceededError") {
    return new StorageError(
      `Your browser's storage for this site is full: could not ${action}. Free space by clearing other sites' ` +
        "data in the browser settings, or export your progress to a file to keep it.",
      "quota",
    );
  }
  return new StorageError(
    `Could not ${action} (${describe(error)}). Your work is still in this tab; try again, or export your progress.`,
    "unknown",
  );
}

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
}
