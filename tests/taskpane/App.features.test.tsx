/** @jest-environment jsdom */
import { readFileSync } from "fs";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react/lib/Styling";
import type { LivretSnapshot } from "../../src/services/documentPort";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { App } from "../../src/taskpane/App";
import { makeDocx, p } from "../office/helpers/makeDocx";
import { makePort, type TestDocument } from "./testPort";

Object.assign(globalThis, { TextDecoder, TextEncoder });
// Each test loads the real document through the port; generous on a shared, busy machine.
jest.setTimeout(300_000);
setIconOptions({ disableWarnings: true });

const WAIT = { timeout: 60_000 };
const bytesOf = (rel: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(__dirname, "../..", rel)));
const TEMPLATE = bytesOf("assets/livret-mcv-option-b.docx");

function snapshotOf(bytes: Uint8Array): LivretSnapshot {
  return readDocument(openDocument(bytes, "saved.docx"));
}

async function openPane(doc: TestDocument): Promise<void> {
  render(<App port={doc.port} />);
  await screen.findByRole("heading", { name: "Élève et jours à récupérer" }, WAIT);
  expect(screen.queryByText(/impossible/)).toBeNull();
  expect(screen.getByTestId("non-enregistre").textContent).toBe("Tout est enregistré");
}

function radio(key: RegExp, level: string): HTMLElement {
  const group = screen.getByRole("radiogroup", { name: key });
  return within(group).getByRole("radio", { name: new RegExp(`^${level} –`) });
}

/**
 * Chooses a PFMP tab. The picker's Pivot moves the tabs that do not fit into its "Autres PFMP"
 * menu (overflowBehavior="menu"); jsdom measures every width as 0, and whether the measure has
 * run yet depends on timing, so the tab is taken from wherever it is.
 */
async function chooseTab(name: RegExp): Promise<void> {
  const tab = screen.queryByRole("tab", { name });
  if (tab !== null) {
    fireEvent.click(tab);
    return;
  }
  fireEvent.click(screen.getByRole("tab", { name: "Autres PFMP" }));
  fireEvent.click(await screen.findByRole("menuitem", { name }, WAIT));
}

async function save(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: "Enregistrer dans le document" }));
  return screen.findByTestId("message-enregistrement", {}, WAIT);
}

test("a document without a livret says so", async () => {
  const doc = makePort(makeDocx(p("Compte rendu de réunion")));
  render(<App port={doc.port} />);
  expect(
    await screen.findByText(/ne contient pas de livret de suivi des PFMP/, {}, WAIT),
  ).toBeTruthy();
  expect(screen.queryByRole("radiogroup")).toBeNull();
});

test("a document with only part of a livret lists what is missing", async () => {
  const doc = makePort(TEMPLATE);
  const firstTerminale = snapshotOf(TEMPLATE).map.livrets[0].grids.find(
    (g) => g.year === "terminale",
  );
  if (firstTerminale === undefined) throw new Error("no Terminale grid in the template");
  // Cut every table from the first Terminale grid on (grids, attestation, fiche récapitulative).
  doc.double.editDocument((xml) => {
    const tables = Array.from(xml.getElementsByTagName("w:tbl"));
    for (const t of tables.slice(firstTerminale.table)) t.parentNode?.removeChild(t);
  });
  await openPane(doc);
  const warning = screen
    .getByText(/ne contient qu’une partie du livret/)
    .closest("[role]") as HTMLElement;
  expect(warning.textContent).toContain("Terminale : aucune grille de compétences");
  expect(warning.textContent).toContain("Terminale : attestation de PFMP");
  expect(warning.textContent).toContain("Fiche récapitulative des PFMP");
  expect(warning.textContent).not.toContain("Première");
  // What is there can still be filled.
  expect(screen.getByRole("radiogroup", { name: /^1\.1\.1 / })).toBeTruthy();
});

test("a class file: choose the pupil, only that livret is written (save + re-read ≤ 3 syncs)", async () => {
  const bytes = bytesOf("tests/fixtures/class-3.docx");
  const doc = makePort(bytes);
  const before = snapshotOf(bytes);
  await openPane(doc);
  const pupil = screen.getByRole("combobox", { name: /Élève \(3 livrets/ });
  fireEvent.click(pupil);
  fireEvent.click(await screen.findByRole("option", { name: /Livret 2/ }));
  fireEvent.click(radio(/^1\.1\.3 /, "E"));
  expect(screen.getByTestId("non-enregistre").textContent).toBe("1 modification non enregistrée");
  doc.double.resetSyncCount();
  fireEvent.click(screen.getByRole("button", { name: "Enregistrer dans le document" }));
  await screen.findByTestId("message-enregistrement", {}, WAIT);
  // port.save (check + write) then one load to show what the document now holds.
  expect(doc.double.syncCount).toBeLessThanOrEqual(3);
  const after = snapshotOf(doc.docx());
  expect(after.livrets[0].data).toEqual(before.livrets[0].data);
  expect(after.livrets[2].data).toEqual(before.livrets[2].data);
  expect(after.livrets[1].data.periods?.["1"]?.levels).toEqual({
    ...before.livrets[1].data.periods?.["1"]?.levels,
    "1.1.3": "E",
  });
});

test("a class file: Enregistrer saves every pupil with changes, the others' counts shown", async () => {
  const bytes = bytesOf("tests/fixtures/class-3.docx");
  const doc = makePort(bytes);
  const before = snapshotOf(bytes);
  await openPane(doc);
  fireEvent.click(radio(/^1\.1\.3 /, "E"));
  const pupil = screen.getByRole("combobox", { name: /Élève \(3 livrets/ });
  fireEvent.click(pupil);
  fireEvent.click(await screen.findByRole("option", { name: /Livret 3/ }));
  fireEvent.click(radio(/^1\.1\.2 /, "N"));
  fireEvent.click(radio(/^1\.1\.1 /, "D"));
  // The whole document's count, and who else a save includes.
  expect(screen.getByTestId("non-enregistre").textContent).toBe(
    "3 modifications non enregistrées dans 2 livrets",
  );
  expect(screen.getByTestId("autres-livrets").textContent).toMatch(/enregistre aussi .*\(1\)/);
  fireEvent.click(screen.getByRole("button", { name: "Enregistrer dans le document (2 livrets)" }));
  const message = await screen.findByTestId("message-enregistrement", {}, WAIT);
  expect(message.textContent).toContain("(2 livrets)");
  expect(screen.getByTestId("non-enregistre").textContent).toBe("Tout est enregistré");
  const after = snapshotOf(doc.docx());
  expect(after.livrets[1].data).toEqual(before.livrets[1].data);
  expect(after.livrets[0].data.periods?.["1"]?.levels).toEqual({
    ...before.livrets[0].data.periods?.["1"]?.levels,
    "1.1.3": "E",
  });
  expect(after.livrets[2].data.periods?.["1"]?.levels).toEqual({
    ...before.livrets[2].data.periods?.["1"]?.levels,
    "1.1.2": "N",
    "1.1.1": "D",
  });
});

test("Vérifier avant envoi: a click on a finding goes to the field or the row", async () => {
  const doc = makePort(TEMPLATE);
  await openPane(doc);
  fireEvent.click(screen.getByRole("button", { name: /^Période de PFMP 1/ }));
  fireEvent.change(screen.getByRole("textbox", { name: "Du" }), {
    target: { value: "06/01/2025" },
  });
  fireEvent.blur(screen.getByRole("textbox", { name: "Du" }));
  fireEvent.change(screen.getByRole("textbox", { name: "Au" }), {
    target: { value: "31/01/2025" },
  });
  fireEvent.blur(screen.getByRole("textbox", { name: "Au" }));
  fireEvent.click(screen.getByRole("button", { name: "Vérifier" }));
  const check = screen.getByRole("region", { name: "Vérifier avant envoi" });

  fireEvent.click(within(check).getByRole("button", { name: /Le nom de l'élève/ }));
  expect(document.activeElement?.id).toBe("eleve-nom");

  // The empty rows are one folded line (as the command line prints them) opening to its keys.
  expect(within(check).queryByRole("button", { name: /^PFMP 1, 2\.1\.1/ })).toBeNull();
  const fold = within(check).getByRole("button", {
    name: /^PFMP 1 : 84 lignes sans aucune case cochée/,
  });
  fireEvent.click(fold);
  expect(fold.getAttribute("aria-expanded")).toBe("true");
  // Block 2 is collapsed: the click opens it and focuses the row's level choice.
  expect(screen.queryByRole("radiogroup", { name: /^2\.1\.1 / })).toBeNull();
  fireEvent.click(within(check).getByRole("button", { name: /^PFMP 1, 2\.1\.1/ }));
  expect(screen.getByRole("button", { name: /^Bloc 2/ }).getAttribute("aria-expanded")).toBe(
    "true",
  );
  expect(document.activeElement).toBe(radio(/^2\.1\.1 /, "NE"));

  // Ticking NE answers that finding; the list follows the pending data.
  fireEvent.click(radio(/^2\.1\.1 /, "NE"));
  expect(within(check).queryByRole("button", { name: /^PFMP 1, 2\.1\.1/ })).toBeNull();

  // "Relire le document" with unsaved changes asks first (a Fluent dialog: office.js breaks confirm()).
  fireEvent.click(screen.getByRole("button", { name: "Relire le document" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Relire le document ?" });
  fireEvent.click(within(dialog).getByRole("button", { name: "Annuler" }));
  // Fluent keeps the modal mounted while it fades out.
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(screen.getByTestId("non-enregistre").textContent).toBe("3 modifications non enregistrées");
  fireEvent.click(screen.getByRole("button", { name: "Relire le document" }));
  const again = await screen.findByRole("alertdialog", { name: "Relire le document ?" });
  fireEvent.click(within(again).getByRole("button", { name: "Relire et abandonner" }));
  await screen.findByText("Tout est enregistré", {}, WAIT);
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(radio(/^2\.1\.1 /, "NE").getAttribute("aria-checked")).toBe("false");
});

test("Reprendre la PFMP précédente: a draft until saved, then in the document", async () => {
  const user = userEvent.setup();
  const doc = makePort(TEMPLATE);
  await openPane(doc);
  fireEvent.click(radio(/^1\.1\.1 /, "A"));
  fireEvent.click(radio(/^1\.1\.2 /, "D"));
  await save();
  await chooseTab(/PFMP 2/);
  fireEvent.click(radio(/^1\.1\.2 /, "E"));
  await user.click(screen.getByRole("button", { name: "Reprendre la PFMP précédente" }));
  // 1.1.1 copied as a draft; 1.1.2 keeps the level chosen by hand.
  expect(radio(/^1\.1\.1 /, "A").getAttribute("aria-checked")).toBe("true");
  expect(screen.getByRole("radiogroup", { name: /^1\.1\.1 .*brouillon/ })).toBeTruthy();
  expect(radio(/^1\.1\.2 /, "E").getAttribute("aria-checked")).toBe("true");
  expect(screen.getByText(/Brouillon : 1 niveau à vérifier puis enregistrer/)).toBeTruthy();
  expect(snapshotOf(doc.docx()).livrets[0].data.periods?.["2"]).toBeUndefined();

  await save();
  expect(screen.queryByText(/Brouillon :/)).toBeNull();
  expect(snapshotOf(doc.docx()).livrets[0].data.periods?.["2"]?.levels).toEqual({
    "1.1.1": "A",
    "1.1.2": "E",
  });
});

test("the document changed meanwhile: nothing written, re-read, changes kept", async () => {
  const doc = makePort(TEMPLATE);
  await openPane(doc);
  fireEvent.click(radio(/^1\.1\.1 /, "A"));
  fireEvent.click(radio(/^1\.1\.2 /, "D"));
  // The teacher types an "x" in the very cell the pane is about to write (Word, meanwhile).
  const grid = snapshotOf(TEMPLATE).map.livrets[0].grids[0];
  const cell = grid.rows.find((r) => r.key === "1.1.1")?.slots[0].levels.A;
  if (cell === undefined) throw new Error("1.1.1 not detected in the template");
  doc.double.editDocument((xml) => {
    const tc = xml
      .getElementsByTagName("w:tbl")
      [cell.table].getElementsByTagName("w:tr")
      [cell.row].getElementsByTagName("w:tc")[cell.cell];
    const para = tc.getElementsByTagName("w:p")[0];
    const run = xml.createElementNS(para.namespaceURI, "w:r");
    const t = xml.createElementNS(para.namespaceURI, "w:t");
    t.textContent = "x";
    run.appendChild(t);
    para.appendChild(run);
  });
  const message = await save();
  expect(message.textContent).toContain("Le document a été modifié depuis sa lecture");
  // Re-read: the document now says A for 1.1.1 (the "x"), so that change is done; 1.1.2 is kept.
  expect(screen.getByTestId("non-enregistre").textContent).toBe("1 modification non enregistrée");
  expect(radio(/^1\.1\.1 /, "A").getAttribute("aria-checked")).toBe("true");
  expect(radio(/^1\.1\.2 /, "D").getAttribute("aria-checked")).toBe("true");
  expect(snapshotOf(doc.docx()).livrets[0].data.periods?.["1"]?.levels).toEqual({ "1.1.1": "A" });
  await save();
  expect(snapshotOf(doc.docx()).livrets[0].data.periods?.["1"]?.levels).toEqual({
    "1.1.1": "A",
    "1.1.2": "D",
  });
});
