import { indexBody } from "../docx/bodyIndex";
import type { BodyIndex } from "../docx/bodyIndex";
import { resolveTarget } from "../docx/applyWrites";
import { buildDocModel } from "../docx/buildDocModel";
import { findBody } from "../docx/bodyIndex";
import { getParagraphText } from "../docx/paragraphText";
import { W, W_NS } from "../docx/wml";
import { serializeXml } from "../docx/xmlPlatform";
import { detectLivrets } from "../domain/detection/detectLivrets";
import type { DocModel } from "../domain/detection/docModel";
import type {
  CheckboxWrite,
  DocumentMap,
  DocumentWrite,
  LivretMap,
  TextWrite,
} from "../domain/detection/livretMap";
import { isCheckboxWrite } from "../domain/detection/livretMap";
import { planWrites } from "../domain/filling/planWrites";
import type { LivretData } from "../domain/livretData";
import { readLivret } from "../domain/reading/readLivret";
import type {
  DocumentPort,
  LivretSnapshot,
  PortNotice,
  SaveOptions,
  SaveReport,
} from "../services/documentPort";
import { LivretError } from "../shared/livretError";
import {
  PARAGRAPH_ITEM_BYTES,
  SLICE_CODES,
  loadParagraphPages,
  fromFlatOpc,
  readInSlices,
  reassembleBody,
} from "./bodySlices";
import { checkboxOf, contentControlId, isCheckedBox } from "./checkboxXml";
import { mainDocumentFromFlatOpc } from "./flatOpc";
import { mapOfficeError, officeCode } from "./mapOfficeError";
import { MINIMAL_HOST, officeHost } from "./wordHost";
import type { WordHost } from "./wordHost";
import { WordAddressing, checkboxControl, normalizeText, queueProofs } from "./wordTargets";
import type { QueuedProofs, RowToProve } from "./wordTargets";
import type {
  ClientResultLike,
  ParagraphCollectionLike,
  ParagraphLike,
  WordLike,
  WordRequestContextLike,
} from "./wordLike";

/** What `load` (or the last save) saw: the base every later `save` plans on and checks against. */
interface Baseline {
  /** The body as the engine reads it: Word's whole-body OOXML, or rebuilt from slices. */
  readonly doc: Document;
  readonly model: DocModel;
  readonly map: DocumentMap;
  /**
   * Known `getOoxml()` response size of top-level tables (engine table index → bytes): each
   * sliced or re-read table's. After a whole-body read, filled on demand by `unitEstimate`.
   */
  readonly unitBytes: Map<number, number>;
  /**
   * After a whole-body read: the response's size beyond the body (the other parts), added to a
   * table's own size to estimate its `getOoxml()`; null after a sliced read (sizes all known).
   */
  readonly overheadBytes: number | null;
  /** Estimated response size of `body.paragraphs` with text and levels (null: not yet needed). */
  paragraphBytes: number | null;
  /** Whether Word could not send the body at once (payload ceiling, #6059): read in slices. */
  readonly sliced: boolean;
}

export interface PortOptions {
  /** Requirement sets and platform (default: `Office.context` when office.js is there). */
  readonly host?: WordHost;
  /** Response budget per sync for sliced reads (default 3 MB, under Word on the web's ~4 MB). */
  readonly responseBudgetBytes?: number;
  /** Above this many writes, write in chunks on every platform (default 1500: two livrets). */
  readonly chunkThreshold?: number;
  /** Writes per chunk (default 20 on Mac — ~5 s there, office-js #6721 — and 250 elsewhere). */
  readonly chunkSize?: number;
}

/** A save that failed after some writes reached the document: which did, which did not. */
export class PartialSaveError extends LivretError {
  readonly landed: readonly DocumentWrite[];
  readonly missing: readonly DocumentWrite[];

  constructor(
    message: string,
    landed: readonly DocumentWrite[],
    missing: readonly DocumentWrite[],
    cause: unknown,
  ) {
    super("PartialSave", message, { cause });
    this.landed = landed;
    this.missing = missing;
  }
}

const RELIRE = "Relire le document";

/**
 * Word's line break for a value: "\v" (reference "Second review" #1; office-js #4275, #1755).
 * `insertText("a\nb")` makes TWO paragraphs in Word; "\v" makes a line break (w:br) inside the
 * paragraph, which is what the engine writes for "\n". Chosen over `insertBreak("Line", …)` because
 * the whole value stays ONE `insertText(…, "Replace")` (one action, one formatting rule: the
 * replaced range's), where breaks would need insertText + insertBreak + insertText("End") per line,
 * on ranges whose formatting after "End" is undocumented. The web fix for "\v" shipped 2026-08-27;
 * on an older host, the re-read after the write (the new baseline) shows what Word made of it.
 */
export function toWordText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\v");
}

function analyse(doc: Document): { model: DocModel; map: DocumentMap } {
  const model = buildDocModel(doc);
  return { model, map: detectLivrets(model) };
}

function snapshotOf({ model, map }: { model: DocModel; map: DocumentMap }): LivretSnapshot {
  return {
    map,
    livrets: map.livrets.map((livret) => {
      const { data, conflicts } = readLivret(model, livret);
      return { index: livret.index, data, conflicts };
    }),
  };
}

function livretAt(map: DocumentMap, index: number): LivretMap {
  const livret = map.livrets[index];
  if (livret === undefined) {
    throw new LivretError(
      "LivretNotFound",
      `Pas de livret n° ${index + 1} dans le document (il en contient ${map.livrets.length}).`,
    );
  }
  return livret;
}

function documentChanged(detail: string): LivretError {
  return new LivretError(
    "DocumentChanged",
    `Le document a changé depuis la lecture (${detail}). Rien n'a été écrit : relisez le document ` +
      "puis enregistrez à nouveau.",
  );
}

function uncertain(problems: readonly string[]): LivretError {
  const more = problems.length > 1 ? ` et ${problems.length - 1} autre(s) écart(s)` : "";
  return new LivretError(
    "UncertainTarget",
    `Rien n'a été écrit : Word et le fichier ne désignent pas les mêmes cellules ` +
      `(${problems[0]}${more}). Écrire quand même risquerait de remplir la cellule voisine. ` +
      `Enregistrez le document, fermez-le, rouvrez-le puis cliquez sur « ${RELIRE} ». ${RELIRE}`,
  );
}

function where(w: DocumentWrite): string {
  const t = w.target;
  if ("kind" in t && t.kind === "body") return `paragraphe ${t.paragraph + 1}`;
  const c = t as { table: number; row: number };
  return `tableau ${c.table + 1}, ligne ${c.row + 1}`;
}

function tableOf(w: DocumentWrite): number | null {
  if (isCheckboxWrite(w)) return w.target.table;
  return w.target.kind === "cell" ? w.target.table : null;
}

/** The top-level table holding table `t` in `index` (itself when top-level). */
function unitOf(index: BodyIndex, t: number): number {
  let table = index.tables[t];
  for (;;) {
    if (table === undefined) return t;
    if (table.nesting === 0) return table.index;
    let owner: number | undefined;
    for (let n = table.element.parentNode; n !== null && owner === undefined; n = n.parentNode) {
      if ((n as Element).localName === W.tbl && (n as Element).namespaceURI === W_NS) {
        owner = index.tables.find((x) => x.element === n)?.index;
      }
    }
    if (owner === undefined) return t;
    table = index.tables[owner];
  }
}

/** Replaces top-level table `unit` of `doc` (as `index` numbers it) by a table read from Word. */
function replaceTable(doc: Document, index: BodyIndex, unit: number, tbl: Element): void {
  const old = index.tables[unit]!.element;
  old.parentNode!.replaceChild(doc.importNode(tbl, true), old);
}

/**
 * The size of a whole-body `getOoxml()` response beyond the body element (the package's other
 * parts, the root): the body's start and end tags are found in the text, as its own size would
 * cost a serialisation of the whole body. Null when they cannot be found (no estimate then).
 */
function outsideBody(xml: string, body: Element | null): number | null {
  if (body === null) return null;
  const name = body.nodeName;
  const open = xml.search(new RegExp(`<${name}[\\s/>]`));
  const close = xml.lastIndexOf(`</${name}>`);
  return open < 0 || close < open ? null : xml.length - (close + name.length + 3 - open);
}

/**
 * Estimated `getOoxml()` response size of top-level table `unit`: known when it was read on its
 * own, else (after a whole-body read) its serialised size plus the rest of the package —
 * computed for the tables a save writes only, and remembered.
 */
function unitEstimate(base: Baseline, index: BodyIndex, unit: number): number | null {
  const known = base.unitBytes.get(unit);
  if (known !== undefined) return known;
  const table = index.tables[unit];
  if (base.overheadBytes === null || table === undefined) return null;
  const bytes = serializeXml(table.element).length + base.overheadBytes;
  base.unitBytes.set(unit, bytes);
  return bytes;
}

/** Estimated response size of `body.paragraphs` with text and levels, computed when first needed. */
function paragraphBytesOf(base: Baseline): number {
  base.paragraphBytes ??= base.model.paragraphs.reduce(
    (n, p) => n + p.text.length + PARAGRAPH_ITEM_BYTES,
    0,
  );
  return base.paragraphBytes;
}

/**
 * Whether the body has checkbox content controls (w14:checkbox) or legacy form checkboxes
 * (w:checkBox, §17.16.7). `texts` are the OOXML texts the body was parsed from: an element named
 * `…:checkbox` / `…:checkBox` cannot be there without its name in them, so when neither name is
 * (most livrets), the tree is not walked.
 */
function containsCheckboxes(
  doc: Document,
  texts: readonly (string | null)[],
): { controls: boolean; formFields: boolean } {
  const named = (name: string) => texts.some((t) => t !== null && t.includes(name));
  const maybeControls = named("checkbox");
  const maybeFormFields = named("checkBox");
  if (!maybeControls && !maybeFormFields) return { controls: false, formFields: false };
  let controls = false;
  if (maybeControls) {
    const sdts = doc.getElementsByTagNameNS(W_NS, W.sdt);
    for (let i = 0; i < sdts.length && !controls; i++)
      controls = checkboxOf(sdts.item(i)!) !== null;
  }
  const formFields = maybeFormFields && doc.getElementsByTagNameNS(W_NS, "checkBox").length > 0;
  return { controls, formFields };
}

/**
 * The pane's door to the open Word document, over Office.js — or over the Word API double, which is
 * the same code path (`createWordDouble(docx).Word`).
 *
 * Round trips (CORR: "Every call of context.sync is a round trip"):
 * - `load`: ONE (the body's OOXML + paragraph levels); if Word cannot send the body at once
 *   (payload ceiling on the web, GeneralException #6059), 2 + one per slice of tables.
 * - `save`: TWO whatever the number of writes — #1 re-reads the written tables and proves every
 *   address, #2 writes and reads the written tables back (the next baseline) — plus one per extra
 *   slice when the written tables do not fit in one response, plus one per extra chunk of writes
 *   on slow hosts (Mac, or above `chunkThreshold`). None when there is nothing to write.
 */
export class OfficeDocumentPort implements DocumentPort {
  private readonly word: WordLike;
  private readonly host: WordHost;
  private readonly budget: number;
  private readonly chunkThreshold: number;
  private readonly chunkSize: number | undefined;
  private baseline: Baseline | null = null;

  constructor(word: WordLike, options?: PortOptions) {
    this.word = word;
    this.host =
      options?.host ??
      ((globalThis as { Office?: unknown }).Office === undefined ? MINIMAL_HOST : officeHost());
    this.budget = options?.responseBudgetBytes ?? 3 * 1024 * 1024;
    this.chunkThreshold = options?.chunkThreshold ?? 1500;
    this.chunkSize = options?.chunkSize;
  }

  private async run<T>(batch: (context: WordRequestContextLike) => Promise<T>): Promise<T> {
    try {
      return await this.word.run(batch);
    } catch (error) {
      throw mapOfficeError(error);
    }
  }

  private isMac(): boolean {
    return this.host.platform === "Mac";
  }

  async load(): Promise<LivretSnapshot> {
    const tracking = this.host.isSetSupported("WordApi", "1.4");
    const read = await this.run(async (context) => {
      const document = context.document;
      const body = document.body;
      if (tracking) document.load("changeTrackingMode");
      try {
        const ooxml = body.getOoxml();
        // Only the nesting levels: the texts come from the OOXML (same extraction as the engine).
        const paragraphs = body.paragraphs.load("items/tableNestingLevel");
        await context.sync();
        return {
          kind: "whole" as const,
          xml: ooxml.value,
          levels: paragraphs.items.map((p) => p.tableNestingLevel),
          mode: tracking ? document.changeTrackingMode : null,
        };
      } catch (error) {
        const code = officeCode(error);
        if (code === null || !SLICE_CODES.has(code)) throw error;
      }
      // Sliced: the tables' list, the paragraphs' text and levels (paged), then each top-level
      // table's OOXML.
      if (tracking) document.load("changeTrackingMode");
      const tables = body.tables.load("items/nestingLevel");
      await context.sync();
      const paragraphs = await loadParagraphPages(context, body, {
        budgetBytes: this.budget,
        withText: true,
      });
      const tops = tables.items.filter((t) => t.nestingLevel === 1);
      // Size hints: the paragraph count of each run of table paragraphs (≈ one table each).
      const runs: number[] = [];
      paragraphs.items.forEach((p, i) => {
        if (p.tableNestingLevel === 0) return;
        if (i === 0 || paragraphs.items[i - 1]!.tableNestingLevel === 0) runs.push(0);
        runs[runs.length - 1]! += 1;
      });
      const slices = await readInSlices(
        context,
        tops.map((_, i) => i),
        (i) => tops[i]!.getRange("Whole").getOoxml(),
        { budgetBytes: this.budget, tolerateUnreadable: true, weight: (i) => runs[i] ?? 1 },
      );
      return {
        kind: "sliced" as const,
        paragraphs: paragraphs.items.map((p) => ({
          text: p.text,
          tableNestingLevel: p.tableNestingLevel,
        })),
        tables: tops.map((_, i) => slices.xml.get(i) ?? null),
        mode: tracking ? document.changeTrackingMode : null,
      };
    });

    const notices: PortNotice[] = [];
    let doc: Document;
    const unitBytes = new Map<number, number>();
    let overheadBytes: number | null = null;
    let misaligned = false;
    // The model is built from the engine's one traversal (`indexBody`): its paragraphs, tables
    // and blocks are the index's, so the checks below need no traversal of their own.
    let analysed: { model: DocModel; map: DocumentMap };
    if (read.kind === "whole") {
      doc = mainDocumentFromFlatOpc(read.xml);
      analysed = analyse(doc);
      overheadBytes = outsideBody(read.xml, findBody(doc));
      misaligned = !levelsMatch(read.levels, analysed.model);
    } else {
      doc = reassembleBody(read.paragraphs, read.tables);
      analysed = analyse(doc);
      let top = 0;
      for (const block of analysed.model.blocks) {
        if (block.kind !== "table") continue;
        const xml = read.tables[top++];
        if (xml !== null && xml !== undefined) unitBytes.set(block.table, xml.length);
      }
      misaligned = read.paragraphs.length !== analysed.model.paragraphs.length;
      const unreadable = read.tables.filter((x) => x === null).length;
      if (unreadable > 0) {
        notices.push({
          code: "TablesUnreadable",
          message:
            `Word n'a pas pu transmettre ${unreadable} tableau(x) du document (une forme ou un ` +
            "objet les en empêche) : leurs grilles n'apparaissent pas et ne seront pas modifiées.",
        });
      }
    }
    this.baseline = {
      doc,
      ...analysed,
      unitBytes,
      overheadBytes,
      paragraphBytes: null,
      sliced: read.kind === "sliced",
    };
    if (read.mode !== null && read.mode !== "Off") {
      notices.push({
        code: "TrackChanges",
        message:
          "Le suivi des modifications est activé dans Word : chaque valeur enregistrée apparaîtra " +
          "comme une modification suivie (suppression puis insertion) qu'il faudra accepter.",
      });
    }
    const boxes = containsCheckboxes(doc, read.kind === "whole" ? [read.xml] : read.tables);
    if (boxes.controls && !this.host.isSetSupported("WordApi", "1.7")) {
      notices.push({
        code: "CheckboxesUnsupported",
        message:
          "Ce document coche les niveaux avec des cases à cocher, que cette version de Word ne " +
          "permet pas au complément de modifier (WordApi 1.7 : Word 2024, Microsoft 365, Word sur " +
          "le web ou Mac 16.79 et plus) : les lignes qui en ont ne seront pas enregistrées.",
      });
    }
    if (boxes.formFields) {
      notices.push({
        code: "FormCheckboxes",
        message:
          "Ce document contient des cases à cocher de formulaire (anciennes cases Word) : Office.js " +
          "ne permet pas de les cocher, les lignes qui en ont ne seront pas enregistrées.",
      });
    }
    if (this.isMac()) {
      notices.push({
        code: "SlowHost",
        message:
          "Word pour Mac écrit lentement dans les tableaux : un enregistrement important se fera " +
          "par étapes, avec sa progression.",
      });
    }
    const snapshot = snapshotOf(analysed);
    const withWarnings: LivretSnapshot = misaligned
      ? {
          ...snapshot,
          map: {
            ...snapshot.map,
            warnings: [
              ...snapshot.map.warnings,
              {
                code: "ParagraphsMisaligned",
                message:
                  "Word ne compte pas les paragraphes comme le fichier : les lignes hors tableaux " +
                  "(Nom, Prénom…) ne pourront pas être enregistrées.",
              },
            ],
          },
        }
      : snapshot;
    return notices.length > 0 ? { ...withWarnings, notices } : withWarnings;
  }

  /**
   * Plans on what `load` saw (so `expected` is what the teacher saw), then writes through
   * `saveWrites`. Without a prior `load`, loads first (one more sync).
   */
  async save(livretIndex: number, data: LivretData, options?: SaveOptions): Promise<SaveReport> {
    if (this.baseline === null) await this.load();
    const before = this.baseline!;
    const writes: readonly DocumentWrite[] = planWrites(
      before.model,
      livretAt(before.map, livretIndex),
      data,
    );
    return this.saveWrites(livretIndex, writes, options);
  }

  /**
   * Writes planned `writes` for livret `livretIndex` (text and checkbox writes, `livretMap.ts`).
   *
   * Sync #1 re-reads the OOXML of every top-level table written to (by slices under the budget),
   * the body paragraphs' text when a body paragraph is written, and the proofs of every address
   * (`queueProofs`). Then, on the body rebuilt with those tables: the livret's map must be the
   * same (else DocumentChanged), every target must hold its `expected` text / state (else
   * DocumentChanged), every proof must hold (else UncertainTarget) — nothing written otherwise.
   * Sync #2 queues every write, plus the re-read of the written tables and paragraphs, from which
   * the next baseline is rebuilt: what Word reports, not what the engine thinks it wrote.
   * On slow hosts the writes go in chunks, one sync each, with `options.onProgress`; if a write
   * sync fails, the written tables are re-read and the error says which writes landed
   * (`PartialSaveError`); the baseline is then what Word holds, so a retry writes only the rest.
   */
  async saveWrites(
    livretIndex: number,
    writes: readonly DocumentWrite[],
    options?: SaveOptions,
  ): Promise<SaveReport> {
    const textWrites = writes.filter((w): w is TextWrite => !isCheckboxWrite(w));
    const boxWrites = writes.filter(isCheckboxWrite);
    if (writes.length === 0) return { writes: [] };
    if (this.baseline === null) await this.load();
    const before = this.baseline!;
    livretAt(before.map, livretIndex);
    this.refuseUnsupportedCheckboxes(boxWrites);

    const planIndex = indexBody(before.doc);
    const units = [
      ...new Set(
        writes
          .map(tableOf)
          .filter((t): t is number => t !== null)
          .map((t) => unitOf(planIndex, t)),
      ),
    ].sort((a, b) => a - b);
    const bodyTargets = [
      ...new Set(textWrites.filter((w) => w.target.kind === "body").map((w) => w.target.paragraph)),
    ];
    const rows = rowsToProve(writes);
    const estimate = (k: number) => unitEstimate(before, planIndex, units[k]!);

    let sent = 0;
    let writing = false;
    try {
      return await this.run(async (context) => {
        const body = context.document.body;
        // One addressing per attempt: proxies of a failed batch are not reused.
        let addressing = new WordAddressing(body, planIndex);
        // ---- sync #1: re-read + proofs
        // Body paragraphs (only when a body line is written): in the first sync when the list is
        // small, else paged beforehand (a class file's texts are megabytes).
        const paged =
          bodyTargets.length > 0 && (before.sliced || paragraphBytesOf(before) > this.budget / 2);
        const pages = paged
          ? (await loadParagraphPages(context, body, { budgetBytes: this.budget, withText: true }))
              .items
          : null;
        const first: { proofs: QueuedProofs | null; paragraphs: ParagraphCollectionLike | null } = {
          proofs: null,
          paragraphs: null,
        };
        const reread = await readInSlices(
          context,
          units.map((_, k) => k),
          (k) => addressing.table(units[k]!).getRange("Whole").getOoxml(),
          {
            budgetBytes: this.budget,
            estimate,
            withFirst: () => {
              first.proofs = queueProofs(addressing, planIndex, rows);
              first.paragraphs =
                bodyTargets.length > 0 && !paged
                  ? body.paragraphs.load("items/text,items/tableNestingLevel")
                  : null;
            },
            afterFailure: () => {
              addressing = new WordAddressing(body, planIndex);
            },
          },
        );
        const paragraphs: readonly ParagraphLike[] | null =
          pages ?? first.paragraphs?.items ?? null;
        const now = this.rebuild(before, planIndex, units, reread.xml, null);
        this.baseline = now; // the body was rebuilt in place: it is what Word holds now
        const nowIndex = indexBody(now.doc);
        if (
          JSON.stringify(livretAt(now.map, livretIndex)) !==
          JSON.stringify(livretAt(before.map, livretIndex))
        ) {
          throw documentChanged("la structure du livret n'est plus la même");
        }
        // Proofs first: a body list Word counts otherwise must not read as "the text changed".
        const { problems, controls } = first.proofs!.check(nowIndex);
        const allProblems = [
          ...problems,
          ...bodyProblems(paragraphs, now.model, bodyTargets),
          ...checkboxProblems(boxWrites, nowIndex, controls),
        ];
        if (allProblems.length > 0) throw uncertain(allProblems);
        this.checkExpected(writes, nowIndex, paragraphs);
        const ids = new Map(
          boxWrites.map((w) => [w, contentControlId(checkboxControl(nowIndex, w.target)!)]),
        );

        // ---- sync #2 (and chunks): writes + re-read of what was written
        const size = this.chunkSizeFor(writes.length);
        const loaded = paragraphs;
        writing = true;
        let writeAddressing = new WordAddressing(body, nowIndex);
        let rereadAfter: ReadonlyMap<number, string | null> = new Map();
        const paragraphXml = new Map<number, ClientResultLike<string>>();
        for (let from = 0; from < writes.length; from += size) {
          const chunk = writes.slice(from, from + size);
          const last = from + size >= writes.length;
          const queueChunk = () => {
            const addressing = writeAddressing;
            for (const w of chunk) {
              if (isCheckboxWrite(w)) {
                addressing
                  .cell(w.target.table, w.target.row, w.target.cell)
                  .body.contentControls.getById(ids.get(w)!).checkboxContentControl.isChecked =
                  w.checked;
              } else if (w.target.kind === "cell") {
                addressing.cellParagraph(w.target).insertText(toWordText(w.text), "Replace");
              } else {
                loaded![w.target.paragraph]!.insertText(toWordText(w.text), "Replace");
              }
            }
            if (last) {
              for (const k of bodyTargets) paragraphXml.set(k, loaded![k]!.getOoxml());
            }
          };
          if (!last) {
            queueChunk();
            await context.sync();
          } else {
            const result = await readInSlices(
              context,
              units.map((_, k) => k),
              (k) => writeAddressing.table(units[k]!).getRange("Whole").getOoxml(),
              {
                budgetBytes: this.budget,
                estimate,
                withFirst: queueChunk,
                afterFailure: () => {
                  writeAddressing = new WordAddressing(body, nowIndex);
                },
              },
            );
            rereadAfter = result.xml;
          }
          sent += chunk.length;
          options?.onProgress?.({ done: sent, total: writes.length });
        }
        const paragraphsAfter = new Map(
          [...paragraphXml].map(([k, r]) => [k, fromFlatOpc(r.value, "p")]),
        );
        this.baseline = this.rebuild(now, nowIndex, units, rereadAfter, paragraphsAfter);
        return boxWrites.length > 0
          ? { writes: textWrites, checkboxes: boxWrites }
          : { writes: textWrites };
      });
    } catch (error) {
      // Only a failed write sync can have left some writes behind: re-read and say which.
      if (!writing || sent === writes.length) throw error;
      throw await this.explainFailure(writes, units, bodyTargets, error);
    }
  }

  private chunkSizeFor(total: number): number {
    if (this.isMac()) return this.chunkSize ?? 20;
    if (total > this.chunkThreshold) return this.chunkSize ?? 250;
    return total;
  }

  private refuseUnsupportedCheckboxes(boxWrites: readonly CheckboxWrite[]): void {
    const legacy = boxWrites.filter((w) => w.target.control === "formField");
    if (legacy.length > 0) {
      throw new LivretError(
        "CheckboxUnsupported",
        `Rien n'a été écrit : les cases à cocher de formulaire (anciennes cases Word) ne peuvent ` +
          `pas être cochées par le complément, Office.js ne le permet pas (${[...new Set(legacy.map(where))].join(" ; ")}). ` +
          "Cochez-les dans Word, ou remplacez-les par des cases à cocher « contrôle de contenu » " +
          "(onglet Développeur), puis relisez le document.",
      );
    }
    if (boxWrites.length > 0 && !this.host.isSetSupported("WordApi", "1.7")) {
      throw new LivretError(
        "CheckboxUnsupported",
        `Rien n'a été écrit : cette version de Word ne permet pas au complément de cocher les ` +
          `cases (WordApi 1.7 requis : Word 2024, Microsoft 365, Word sur le web, Mac 16.79 et ` +
          `plus) — ${[...new Set(boxWrites.map(where))].join(" ; ")}. Cochez ces cases dans Word ` +
          "ou enregistrez sans modifier ces lignes.",
      );
    }
  }

  private checkExpected(
    writes: readonly DocumentWrite[],
    nowIndex: BodyIndex,
    paragraphs: readonly ParagraphLike[] | null,
  ): void {
    for (const w of writes) {
      if (isCheckboxWrite(w)) {
        const sdt = checkboxControl(nowIndex, w.target);
        if (sdt === null) throw documentChanged(`case à cocher introuvable, ${where(w)}`);
        if (isCheckedBox(sdt) !== w.expected) throw documentChanged(`case modifiée, ${where(w)}`);
      } else if (w.target.kind === "cell") {
        const p = resolveTarget(nowIndex, w.target);
        const actual = p === null ? null : getParagraphText(p);
        if (actual !== w.expected) {
          throw documentChanged(
            `${where(w)} : attendu « ${w.expected} », trouvé « ${actual ?? "rien"} »`,
          );
        }
      } else {
        const actual = paragraphs?.[w.target.paragraph]?.text;
        if (actual === undefined || normalizeText(actual) !== normalizeText(w.expected)) {
          throw documentChanged(
            `${where(w)} : attendu « ${w.expected} », trouvé « ${actual ?? "rien"} »`,
          );
        }
      }
    }
  }

  /**
   * `base`'s body with the re-read top-level tables (and paragraphs) put in, analysed again. The
   * document is changed in place: it is the new truth about Word's document either way.
   */
  private rebuild(
    base: Baseline,
    index: BodyIndex,
    units: readonly number[],
    xml: ReadonlyMap<number, string | null>,
    paragraphs: ReadonlyMap<number, Element> | null,
  ): Baseline {
    const unitBytes = new Map(base.unitBytes);
    units.forEach((unit, k) => {
      const read = xml.get(k);
      if (read === undefined || read === null) return;
      replaceTable(base.doc, index, unit, fromFlatOpc(read, "tbl"));
      unitBytes.set(unit, read.length);
    });
    for (const [k, p] of paragraphs ?? []) {
      const old = index.paragraphs[k];
      if (old !== undefined) old.parentNode!.replaceChild(base.doc.importNode(p, true), old);
    }
    return { ...base, doc: base.doc, ...analyse(base.doc), unitBytes, paragraphBytes: null };
  }

  /**
   * After a failed write sync: re-read what was to be written and say which writes landed. The
   * baseline becomes what Word now holds, so that a retry (after "Relire le document") plans and
   * writes only what is missing — nothing lost, nothing written twice.
   */
  private async explainFailure(
    writes: readonly DocumentWrite[],
    units: readonly number[],
    bodyTargets: readonly number[],
    cause: unknown,
  ): Promise<Error> {
    const before = this.baseline!;
    try {
      const planIndex = indexBody(before.doc);
      const { xml, texts } = await this.run(async (context) => {
        const body = context.document.body;
        const paragraphs =
          bodyTargets.length > 0
            ? (
                await loadParagraphPages(context, body, {
                  budgetBytes: this.budget,
                  withText: true,
                })
              ).items
            : null;
        let addressing = new WordAddressing(body, planIndex);
        const read = await readInSlices(
          context,
          units.map((_, k) => k),
          (k) => addressing.table(units[k]!).getRange("Whole").getOoxml(),
          {
            budgetBytes: this.budget,
            estimate: (k) => unitEstimate(before, planIndex, units[k]!),
            afterFailure: () => {
              addressing = new WordAddressing(body, planIndex);
            },
          },
        );
        if (units.length === 0) await context.sync();
        return { xml: read.xml, texts: paragraphs?.map((p) => p.text) ?? [] };
      });
      this.baseline = this.rebuild(before, planIndex, units, xml, null);
      const nowIndex = indexBody(this.baseline.doc);
      const landed: DocumentWrite[] = [];
      const missing: DocumentWrite[] = [];
      for (const w of writes) {
        let done: boolean;
        if (isCheckboxWrite(w)) {
          const sdt = checkboxControl(nowIndex, w.target);
          done = sdt !== null && isCheckedBox(sdt) === w.checked;
        } else if (w.target.kind === "cell") {
          const p = resolveTarget(nowIndex, w.target);
          done = p !== null && getParagraphText(p) === w.text;
        } else {
          done = normalizeText(texts[w.target.paragraph] ?? "") === normalizeText(w.text);
        }
        (done ? landed : missing).push(w);
      }
      const first = missing[0];
      return new PartialSaveError(
        `Word a signalé une erreur pendant l'enregistrement : ${landed.length} modification(s) sur ` +
          `${writes.length} ont été écrites, ${missing.length} ne l'ont pas été` +
          (first === undefined ? "" : ` (la première : ${where(first)})`) +
          ". Le document relu fait foi : en enregistrant à nouveau, seules les modifications " +
          `manquantes seront écrites, aucune deux fois. ${RELIRE}`,
        landed,
        missing,
        cause,
      );
    } catch {
      this.baseline = null;
      return new PartialSaveError(
        "Word a signalé une erreur pendant l'enregistrement et le document n'a pas pu être relu : " +
          "une partie des modifications a peut-être été écrite. Vérifiez le document, puis " +
          RELIRE,
        [],
        writes,
        cause,
      );
    }
  }
}

function rowsToProve(writes: readonly DocumentWrite[]): RowToProve[] {
  const rows = new Map<
    string,
    { table: number; row: number; cells: Set<number>; boxes: Set<number> }
  >();
  for (const w of writes) {
    const t = w.target;
    if (!isCheckboxWrite(w) && w.target.kind === "body") continue;
    const c = t as { table: number; row: number; cell: number };
    const key = `${c.table}:${c.row}`;
    const entry = rows.get(key) ?? {
      table: c.table,
      row: c.row,
      cells: new Set(),
      boxes: new Set(),
    };
    entry.cells.add(c.cell);
    if (isCheckboxWrite(w)) entry.boxes.add(c.cell);
    rows.set(key, entry);
  }
  return [...rows.values()].map((r) => ({
    table: r.table,
    row: r.row,
    cells: [...r.cells].sort((a, b) => a - b),
    checkboxCells: [...r.boxes].sort((a, b) => a - b),
  }));
}

/** Body paragraphs are written by `body.paragraphs.items[i]`: Word's list must be the engine's. */
function bodyProblems(
  paragraphs: readonly ParagraphLike[] | null,
  model: DocModel,
  targets: readonly number[],
): string[] {
  if (paragraphs === null || targets.length === 0) return [];
  return levelsMatch(
    paragraphs.map((p) => p.tableNestingLevel),
    model,
  )
    ? []
    : [
        `Word compte ${paragraphs.length} paragraphes, le fichier ${model.paragraphs.length} : ` +
          "les lignes hors tableaux (Nom, Prénom…) ne peuvent pas être désignées",
      ];
}

/**
 * Whether Word's `tableNestingLevel` of each paragraph is the engine's (0 outside tables, 1 in a
 * top-level table…): then `body.paragraphs.items[i]` is the engine's paragraph i.
 */
function levelsMatch(levels: readonly number[], model: DocModel): boolean {
  return (
    levels.length === model.paragraphs.length &&
    levels.every((level, i) => {
      const t = model.paragraphs[i]!.table;
      return level === (t === null ? 0 : model.tables[t]!.nesting + 1);
    })
  );
}

function checkboxProblems(
  writes: readonly CheckboxWrite[],
  index: BodyIndex,
  controls: ReadonlyMap<string, readonly { id: number; type: string }[]>,
): string[] {
  const problems: string[] = [];
  for (const w of writes) {
    const sdt = checkboxControl(index, w.target);
    if (sdt === null) continue; // no such checkbox any more: DocumentChanged, said next
    const word = (controls.get(`${w.target.table}:${w.target.row}:${w.target.cell}`) ?? []).filter(
      (c) => c.type === "CheckBox",
    );
    if (word[w.target.box]?.id !== contentControlId(sdt)) {
      problems.push(`${where(w)}, cellule ${w.target.cell + 1} : Word n'y voit pas la même case`);
    }
  }
  return problems;
}
