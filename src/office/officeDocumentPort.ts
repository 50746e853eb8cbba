import { applyWrites } from "../docx/applyWrites";
import { indexBody } from "../docx/bodyIndex";
import { buildDocModel } from "../docx/buildDocModel";
import { detectLivrets } from "../domain/detection/detectLivrets";
import type { DocModel } from "../domain/detection/docModel";
import type { DocumentMap, LivretMap, TextWrite } from "../domain/detection/livretMap";
import { planWrites, textWritesOnly } from "../domain/filling/planWrites";
import type { LivretData } from "../domain/livretData";
import { readLivret } from "../domain/reading/readLivret";
import type { DocumentPort, LivretSnapshot, SaveReport } from "../services/documentPort";
import { LivretError, isLivretError } from "../shared/livretError";
import { mainDocumentFromFlatOpc } from "./flatOpc";
import { mapOfficeError } from "./mapOfficeError";
import { WordTargets } from "./wordTargets";
import type { WordLike, WordRequestContextLike } from "./wordLike";

/** What `load` saw: the base every later `save` plans on and checks against. */
interface Baseline {
  readonly model: DocModel;
  readonly map: DocumentMap;
}

function analyse(doc: Document): Baseline {
  const model = buildDocModel(doc);
  return { model, map: detectLivrets(model) };
}

function snapshotOf({ model, map }: Baseline): LivretSnapshot {
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

/**
 * The pane's door to the open Word document, over Office.js (WordApi 1.3 only) — or over the
 * Word API double, which is the same code path (`createWordDouble(docx).Word`).
 *
 * Round trips (CORR: "Every call of context.sync is a round trip"): `load` makes ONE; `save`
 * makes TWO whatever the number of writes — #1 re-reads the body, #2 writes — and none when there
 * is nothing to write. Never a sync in a loop.
 */
export class OfficeDocumentPort implements DocumentPort {
  private readonly word: WordLike;
  private baseline: Baseline | null = null;

  constructor(word: WordLike) {
    this.word = word;
  }

  private async run<T>(batch: (context: WordRequestContextLike) => Promise<T>): Promise<T> {
    try {
      return await this.word.run(batch);
    } catch (error) {
      throw mapOfficeError(error);
    }
  }

  /**
   * One sync: the body's OOXML — the true table geometry (w:gridSpan, w:vMerge, nesting) that
   * Word's table API hides (reference §2.4) — and the body's paragraphs, loaded to check that
   * Word's paragraph list lines up with the engine's (detection warns when it does not).
   */
  async load(): Promise<LivretSnapshot> {
    const { xml, levels } = await this.run(async (context) => {
      const body = context.document.body;
      const ooxml = body.getOoxml();
      // Only the nesting levels: the texts come from the OOXML (same extraction as the engine).
      const paragraphs = body.paragraphs.load("items/tableNestingLevel");
      await context.sync();
      return { xml: ooxml.value, levels: paragraphs.items.map((p) => p.tableNestingLevel) };
    });
    const doc = mainDocumentFromFlatOpc(xml);
    const baseline = analyse(doc);
    this.baseline = baseline;
    const snapshot = snapshotOf(baseline);
    const index = indexBody(doc);
    const aligned =
      levels.length === index.paragraphs.length &&
      levels.every((level, i) => {
        const t = index.paragraphTable[i] ?? null;
        return level === (t === null ? 0 : index.tables[t]!.nesting + 1);
      });
    if (aligned) return snapshot;
    return {
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
    };
  }

  /**
   * Plans on what `load` saw (so `expected` is what the teacher saw), then:
   * sync #1 re-reads the body OOXML — the same extraction as detection, so a paragraph compares
   * equal exactly when the engine would read the same text (Word's `Paragraph.text` may render
   * fields, symbols or content controls differently and is not used for the check) — plus the
   * tables' nesting levels and row counts (and the paragraphs' when a target is outside tables)
   * to line Word's collections up with the engine's indices. If the livret's map or any target's
   * text differs → DocumentChanged, nothing written. Sync #2 queues every
   * `paragraph.insertText(text, "Replace")` on proxies built in that batch, and syncs once.
   */
  async save(livretIndex: number, data: LivretData): Promise<SaveReport> {
    const before = this.baseline;
    let planned: TextWrite[] | null = null;
    if (before !== null) {
      planned = textWritesOnly(planWrites(before.model, livretAt(before.map, livretIndex), data));
      if (planned.length === 0) return { writes: [] };
    }
    const needParagraphs = planned === null || planned.some((w) => w.target.kind === "body");
    const { writes, after } = await this.run(async (context) => {
      const body = context.document.body;
      const ooxml = body.getOoxml();
      const tables = body.tables.load("items/nestingLevel,items/rowCount");
      const paragraphs = needParagraphs ? body.paragraphs.load("items/tableNestingLevel") : null;
      await context.sync(); // #1: re-read

      const doc = mainDocumentFromFlatOpc(ooxml.value);
      const now = analyse(doc);
      const livret = livretAt(now.map, livretIndex);
      let writes: TextWrite[];
      if (before === null || planned === null) {
        writes = textWritesOnly(planWrites(now.model, livret, data));
      } else {
        if (JSON.stringify(livret) !== JSON.stringify(livretAt(before.map, livretIndex))) {
          throw documentChanged("la structure du livret n'est plus la même");
        }
        writes = planned;
      }
      if (writes.length === 0) return { writes, after: now };
      const index = indexBody(doc);
      try {
        applyWrites(doc, writes); // checks every `expected` first, then applies in memory
      } catch (error) {
        if (isLivretError(error) && error.code === "DocumentChanged")
          throw documentChanged(error.message);
        throw error;
      }
      const targets = new WordTargets(
        index,
        {
          tables: tables.items.map((t) => ({ nestingLevel: t.nestingLevel, rowCount: t.rowCount })),
          paragraphs:
            paragraphs?.items.map((p) => ({ tableNestingLevel: p.tableNestingLevel })) ?? null,
        },
        tables.items,
        paragraphs?.items ?? null,
      );
      for (const w of writes) targets.paragraph(w.target).insertText(w.text, "Replace");
      await context.sync(); // #2: write everything at once
      return { writes, after: analyse(doc) };
    });
    this.baseline = after;
    return { writes };
  }
}
