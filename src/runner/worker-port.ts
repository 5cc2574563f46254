/** What the runner needs from a Python worker, whatever hosts it (browser Worker, Node thread, CPython). */
import type { HostMessage, WorkerMessage } from "./protocol";

export interface WorkerPort {
  /** True when running Python can be interrupted through a shared control buffer. */
  readonly sharedControl: boolean;
  post(message: HostMessage): void;
  /** onExit is called once if the worker dies on its own (crash, process exit). */
  listen(onMessage: (message: WorkerMessage) => void, onExit: (reason: string) => void): void;
  /** Stop the worker for good. */
  terminate(): void;
}

export type WorkerFactory = () => WorkerPort;
