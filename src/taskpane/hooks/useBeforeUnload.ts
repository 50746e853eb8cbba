import * as React from "react";

/**
 * Asks the browser to confirm leaving while changes are unsaved (the demo tab, or the pane being
 * closed). `returnValue` is still required by Chromium for the prompt to show (HTML spec,
 * "beforeunload" event, legacy `returnValue`).
 */
export function useBeforeUnload(active: boolean): void {
  React.useEffect(() => {
    if (!active) return undefined;
    const handler = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, [active]);
}
