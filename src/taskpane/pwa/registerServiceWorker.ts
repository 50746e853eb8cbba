/**
 * Registers the demo's service worker (sw.js, see serviceWorker.ts) so that, once opened, the
 * demo works offline and can be installed as an app. Only in the demo (a plain browser): inside
 * Word the pane is served by the add-in's host and must always be the deployed version.
 *
 * When the worker has cached what the page loaded, `<html data-offline="ready">` is set (the
 * browser test waits for it before cutting the network).
 */
export function registerServiceWorker(): void {
  // Service workers need a secure context: https, or http on localhost.
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const register = async (): Promise<void> => {
    await navigator.serviceWorker.register("sw.js", { scope: "./" });
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker === null) return;
    const urls = [
      location.href,
      ...performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin === location.origin),
    ];
    const channel = new MessageChannel();
    const done = new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
    });
    worker.postMessage({ type: "cache-urls", urls }, [channel.port2]);
    await done;
    document.documentElement.dataset.offline = "ready";
  };
  const start = (): void => {
    register().catch(() => {
      // No worker (private mode, storage full): the demo still works online.
      document.documentElement.dataset.offline = "unavailable";
    });
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
