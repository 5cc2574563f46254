import { Component, type ComponentType, type ErrorInfo, type LazyExoticComponent, lazy, type ReactNode } from "react";

/**
 * React.lazy remembers a failed download for good, and so does the browser's module map for the
 * chunk's URL; this one can load again (Retry once the network is back): from the same URL with a
 * query the module map has not seen.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let failedUrl: string | null = null;
  let attempt = 0;
  const tracked = (loading: () => Promise<{ default: ComponentType<P> }>) => () =>
    loading().catch((error: unknown) => {
      failedUrl = failedModuleUrl(error) ?? failedUrl;
      throw error;
    });
  let current: LazyExoticComponent<ComponentType<P>> = lazy(tracked(load));
  return {
    current: () => current,
    reload: () => {
      const url = failedUrl;
      attempt++;
      current = lazy(tracked(url ? () => import(/* @vite-ignore */ `${url}?retry=${attempt}`) : load));
    },
  };
}

/** The chunk named in the browser's "Failed to fetch dynamically imported module: <url>", without its query. */
function failedModuleUrl(error: unknown): string | null {
  const match = /(https?:\/\/[^\s?#]+\.m?js)/.exec(error instanceof Error ? error.message : String(error));
  return match?.[1] ?? null;
}

interface RetryBoundaryProps {
  /** What to show instead of the children once they failed; `retry` renders them again. */
  fallback(retry: () => void): ReactNode;
  /** Runs before a retry renders the children again (e.g. a retryableLazy's reload). */
  onRetry?(): void;
  /** Logged with the error, to say what failed. */
  what: string;
  /** Called on every render, so a retry renders what the lazy component is now, not the one that failed. */
  children(): ReactNode;
}

/** Catches a part of the page that failed to load or render, so the rest of the page stays usable. */
export class RetryBoundary extends Component<RetryBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.what} could not load.`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children();
  }
}
