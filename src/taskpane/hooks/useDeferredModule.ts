import * as React from "react";
import type { DeferredModule } from "../deferredModule";

export interface DeferredState<T> {
  /** The module once it has arrived, else undefined. */
  readonly value: T | undefined;
  /** The last load asked for while `wanted` failed (a lost request): the caller shows a fallback. */
  readonly failed: boolean;
}

/**
 * The deferred module once it has arrived. While `wanted` (the calendar is open, a question is
 * asked) and it has not arrived, asks for it and renders again when it does or when it fails; it
 * is normally there already (`prefetchOnDemandChunk` runs after the first render). Each new
 * `wanted` asks again after a failure (`deferredModule` forgets failed loads).
 */
export function useDeferredModule<T>(module: DeferredModule<T>, wanted: boolean): DeferredState<T> {
  const [failed, setFailed] = React.useState(false);
  const [, setArrived] = React.useState(0);
  const value = module.loaded();
  React.useEffect(() => {
    if (!wanted || value !== undefined) return undefined;
    let live = true;
    setFailed(false);
    module.load().then(
      () => {
        if (live) setArrived((n) => n + 1);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [module, wanted, value]);
  return { value, failed: failed && value === undefined };
}
