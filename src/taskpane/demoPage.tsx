import type * as React from "react";
import { DemoRoot } from "./components/DemoRoot";
import { OnDeviceNotice } from "./pwa/OnDeviceNotice";
import { registerServiceWorker } from "./pwa/registerServiceWorker";

/**
 * The demo's page (a plain browser, no Word): the pane over the Word double on `bytes`, the
 * on-device notice, and the service worker that keeps it usable offline. Loaded by index.tsx as
 * a chunk of its own (`import()`): what only the demo needs — the double, the zip reader, the
 * service worker's registration — is never downloaded inside Word.
 */
export function demoPage(bytes: Uint8Array, name: string): React.ReactNode {
  registerServiceWorker();
  return (
    <>
      <DemoRoot bytes={bytes} name={name} />
      {/* In a landmark (the page's footer), as every content must be (axe "region"). */}
      <footer style={{ padding: "0 12px 12px", maxWidth: 760, margin: "0 auto" }}>
        <OnDeviceNotice />
      </footer>
    </>
  );
}
