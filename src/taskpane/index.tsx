// First import, on purpose: Fluent must see window.FabricConfig before any of its modules runs.
import "./fabricConfig";
import type * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { OfficeDocumentPort } from "../office/officeDocumentPort";
import { registerPaneIcons } from "./registerPaneIcons";
import type * as DemoPageModule from "./demoPage";
import { App } from "./App";
import { insideOffice, waitForOffice } from "./waitForOffice";
import { REQUIRED_WORD_API, UNSUPPORTED_WORD_MESSAGE } from "../office/hostSupport";

/**
 * The demo's document: the bundled livret, or the file given to `scripts/start.sh` (LIVRET_DOCX);
 * webpack copies it into the served output and names it in taskpane.html.
 */
function demoDocument(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="livret-demo-document"]');
  return meta?.content || "assets/livret-mcv-option-b.docx";
}

// Icon fonts from our own server (copied to fonts/ by webpack), never the Fluent CDN.
registerPaneIcons("fonts/");

let root: Root | null = null;

/** One React root for the page: a late Office.onReady may replace the timeout's message. */
function render(node: React.ReactNode): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("#container missing in taskpane.html");
  root ??= createRoot(container);
  root.render(node);
}

function fatal(text: string): void {
  render(
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      {text}
    </MessageBar>,
  );
}

/**
 * The demo's own chunk (demoPage.tsx: Word never loads it), asked for as soon as the page knows it
 * is not inside Office (`inOfficeHost`, read at start), so that it downloads while office.js
 * starts, not after.
 */
let demoChunk: Promise<typeof DemoPageModule> | null = null;
function loadDemoChunk(): Promise<typeof DemoPageModule> {
  demoChunk ??= import(/* webpackChunkName: "demo" */ "./demoPage");
  return demoChunk;
}

async function startDemo(): Promise<void> {
  const url = demoDocument();
  const [{ demoPage }, response] = await Promise.all([loadDemoChunk(), fetch(url)]);
  if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const name = decodeURIComponent(url.slice(url.lastIndexOf("/") + 1));
  render(demoPage(bytes, name));
}

function start(info: { host: Office.HostType | null | undefined }): void {
  if (info.host === Office.HostType.Word) {
    // Detection reads tables and paragraphs, writes use table.getCell: WordApi 1.3 (issue 3).
    if (!Office.context.requirements.isSetSupported("WordApi", REQUIRED_WORD_API)) {
      fatal(UNSUPPORTED_WORD_MESSAGE);
      return;
    }
    render(<App port={new OfficeDocumentPort(Word)} />);
  } else if (info.host === null || info.host === undefined) {
    startDemo().catch(() =>
      fatal(
        "Démonstration indisponible : le livret de démonstration n’a pas pu être chargé. " +
          "Rechargez la page.",
      ),
    );
  } else {
    fatal("Ce complément fonctionne dans Word uniquement.");
  }
}

/** How long office.js may take inside Word before the pane says it is blocked (issue 9 §6). */
const OFFICE_READY_TIMEOUT_MS = 10_000;

const BLOCKED_TEXT =
  "Le volet n’a pas pu démarrer : Word n’a pas chargé sa bibliothèque (office.js, sur " +
  "appsforoffice.microsoft.com). Sur le réseau d’un établissement, un proxy ou un filtre la " +
  "bloque souvent. Que faire : demander à l’administrateur informatique d’autoriser " +
  "appsforoffice.microsoft.com, ou utiliser Word sur le web depuis un autre réseau, puis " +
  "rouvrir le volet.";

function inOfficeHost(): boolean {
  try {
    return insideOffice(window.location.search, window.sessionStorage.getItem("hostInfoValue"));
  } catch {
    return false;
  }
}

const insideOfficeHost = inOfficeHost();
if (!insideOfficeHost) void loadDemoChunk().catch(() => undefined); // startDemo reports a failure

if (typeof Office === "undefined") {
  // office.js did not load: inside Word it was blocked (say so), in a plain browser run the demo.
  if (insideOfficeHost) fatal(BLOCKED_TEXT);
  else start({ host: null });
} else {
  waitForOffice(Office, {
    timeoutMs: OFFICE_READY_TIMEOUT_MS,
    onReady: start,
    onTimeout: () => fatal(BLOCKED_TEXT),
  });
}
