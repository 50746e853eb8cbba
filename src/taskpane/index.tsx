// First import, on purpose: Fluent must see window.FabricConfig before any of its modules runs.
import "./fabricConfig";
import type * as React from "react";
import { createRoot } from "react-dom/client";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { initializeIcons } from "@fluentui/react/lib/Icons";
import { OfficeDocumentPort } from "../office/officeDocumentPort";
import { App } from "./App";
import { DemoRoot } from "./components/DemoRoot";
import { OnDeviceNotice } from "./pwa/OnDeviceNotice";
import { registerServiceWorker } from "./pwa/registerServiceWorker";

/**
 * The demo's document: the bundled livret, or the file given to `scripts/start.sh` (LIVRET_DOCX);
 * webpack copies it into the served output and names it in taskpane.html.
 */
function demoDocument(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="livret-demo-document"]');
  return meta?.content || "assets/livret-mcv-option-b.docx";
}

// Icon fonts from our own server (copied to fonts/ by webpack), never the Fluent CDN.
initializeIcons("fonts/", { disableWarnings: true });

function render(node: React.ReactNode): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("#container missing in taskpane.html");
  createRoot(container).render(node);
}

function fatal(text: string): void {
  render(
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      {text}
    </MessageBar>,
  );
}

async function startDemo(): Promise<void> {
  const url = demoDocument();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const name = decodeURIComponent(url.slice(url.lastIndexOf("/") + 1));
  render(
    <>
      <DemoRoot bytes={bytes} name={name} />
      <OnDeviceNotice />
    </>,
  );
  registerServiceWorker();
}

function start(info: { host: Office.HostType | null | undefined }): void {
  if (info.host === Office.HostType.Word) {
    // Detection reads tables and paragraphs, writes use table.getCell: WordApi 1.3 (issue 3).
    if (!Office.context.requirements.isSetSupported("WordApi", "1.3")) {
      fatal(
        "Cette version de Word est trop ancienne pour le volet (WordApi 1.3 requis). " +
          "Utilisez Word 2016 ou plus récent, Word pour Mac ou Word sur le web.",
      );
      return;
    }
    render(<App port={new OfficeDocumentPort(Word)} />);
  } else if (info.host === null || info.host === undefined) {
    startDemo().catch((e: unknown) =>
      fatal(`Démonstration indisponible : ${e instanceof Error ? e.message : String(e)}`),
    );
  } else {
    fatal("Ce complément fonctionne dans Word uniquement.");
  }
}

if (typeof Office === "undefined") {
  // office.js did not load (page served without it): there is no host, so run the demo.
  start({ host: null });
} else {
  void Office.onReady(start);
}
