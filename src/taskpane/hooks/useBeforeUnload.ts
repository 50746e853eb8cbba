import * as React from "react";

let quietUntil = 0;

/**
 * A download through `<a download>` fires `beforeunload` in Chromium; with the prompt active and
 * no one to answer it the download is cancelled. The demo calls this right before its download.
 */
export function allowDownloadNavigation(): void {
  quietUntil = Date.now() + 2000;
}

/**
 * Asks the browser to confirm leaving while changes are unsaved (the demo tab, or the pane being
 * closed). `returnValue` is still required by Chromium for the prompt to show (HTML spec,
 * "beforeunload" event, legacy `returnValue`).
 */
export function useBeforeUnload(active: boolean): void {
  React.useEffect(() => {
    if (!active) return undefined;
    const handler = (event: BeforeUnloadEvent): void => {
      if (Date.now() < quietUntil) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, [active]);
}
