import * as React from "react";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { DefaultButton, IconButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { BlockId } from "../domain/catalog/catalogTypes";
import { LEVEL_LABELS, type Level } from "../domain/level";
import type { StudentData } from "../domain/livretData";
import { draftFromPrevious, progressMatrix } from "../domain/progress";
import { checkLivret } from "../domain/rules/checkLivret";
import type { Finding } from "../domain/rules/finding";
import { YEAR_PFMPS, isPfmpNumber, type PfmpNumber } from "../domain/schoolYear";
import type { DocumentPort } from "../services/documentPort";
import { ConfirmDialog, type ConfirmDialogProps } from "./components/ConfirmDialog";
import { DemoToolbar } from "./components/DemoToolbar";
import { DocumentStatus } from "./components/DocumentStatus";
import { FindingsList } from "./components/FindingsList";
import { GridEditor } from "./components/GridEditor";
import { GridPreview } from "./components/GridPreview";
import { IdentityForm, STUDENT_FIELD_IDS, daysToRecoverId } from "./components/IdentityForm";
import { PeriodForm, periodFieldId } from "./components/PeriodForm";
import { PfmpPicker } from "./components/PfmpPicker";
import { ProgressPicture } from "./components/ProgressPicture";
import { PupilPicker } from "./components/PupilPicker";
import { ShortcutsHelp } from "./components/ShortcutsHelp";
import { focusElement } from "./focusElement";
import { blockGroups, blockOfKey, levelGroupId } from "./gridGroups";
import { useBeforeUnload } from "./hooks/useBeforeUnload";
import { useLivretDocument } from "./hooks/useLivretDocument";
import { useStickyPadding } from "./hooks/useStickyPadding";
import { prefetchOnDemandChunk } from "./onDemandChunk";
import { documentData } from "./state/editorReducer";
import {
  effectiveData,
  livretsToSave,
  rowValues,
  totalUnsaved,
  unsavedCount,
} from "./state/editorSelectors";
import { periodKey, PERIOD_TEXT_FIELDS } from "./state/editorState";

const styles = mergeStyleSets({
  root: {
    padding: "0 12px 24px",
    maxWidth: 760,
    margin: "0 auto",
    selectors: { "@media (max-width: 400px)": { padding: "0 8px 24px" } },
  },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: 4 },
  title: { margin: "6px 0 4px", fontSize: 16 },
  badge: {
    display: "inline-block",
    padding: "2px 8px",
    borderRadius: 10,
    background: "#fff4ce",
    color: "#6d5700",
    fontWeight: 600,
    fontSize: 12,
  },
  saved: { background: "#dff6dd", color: "#0b6a0b" },
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 10,
    background: "#ffffff",
    padding: "6px 0 4px",
    borderBottom: "1px solid #edebe9",
  },
  coarse: { selectors: { "@media (pointer: coarse)": { minHeight: 44 } } },
  bulk: { margin: "4px 0" },
  hidden: {
    position: "absolute",
    width: 1,
    height: 1,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** Fluent buttons without their 80 px minimum, so the bar fits one line at 320 px. */
export const COMPACT = { root: { minWidth: 0, padding: "0 8px" } } as const;

/** Demo extras (plain browser): the host page keeps the Word double and the file. */
export interface DemoOptions {
  readonly documentName: string;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
}

export interface AppProps {
  readonly port: DocumentPort;
  readonly demo?: DemoOptions;
}

function pupilName(student: StudentData | undefined, index: number): string {
  const name = [student?.lastName, student?.firstName]
    .filter((p) => (p ?? "").trim() !== "")
    .join(" ");
  return name === "" ? `Livret ${index + 1} (nom non renseigné)` : name;
}

function changes(n: number): string {
  return `${n} modification${n > 1 ? "s" : ""} non enregistrée${n > 1 ? "s" : ""}`;
}

const PERIOD_FIELDS: readonly string[] = PERIOD_TEXT_FIELDS;

type Ask = Omit<ConfirmDialogProps, "open" | "onCancel">;

/** The task pane: the same UI in Word and in the demo; only the port (and demo extras) differ. */
export function App(props: AppProps): React.JSX.Element {
  const { port, demo } = props;
  const doc = useLivretDocument(port);
  const { state, dispatch, status, busy, notice, progress } = doc;
  const [livret, setLivret] = React.useState(0);
  const [pfmp, setPfmp] = React.useState<PfmpNumber>(1);
  const [expanded, setExpanded] = React.useState<ReadonlySet<BlockId | "?">>(new Set(["1"]));
  const [periodOpen, setPeriodOpen] = React.useState(false);
  const [activeBlock, setActiveBlock] = React.useState<BlockId | "?">("1");
  const [showCheck, setShowCheck] = React.useState(false);
  const [showProgress, setShowProgress] = React.useState(false);
  const [withActivities, setWithActivities] = React.useState(false);
  const [ask, setAsk] = React.useState<Ask | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const [focusRequest, setFocusRequest] = React.useState<{ id: string; n: number } | null>(null);
  const bar = React.useRef<HTMLDivElement>(null);
  useStickyPadding(bar);
  // After the first render, not with taskpane.js: the calendar and the dialog are then there for
  // the first click without making Word's start any longer.
  React.useEffect(prefetchOnDemandChunk, []);

  const snapshot = state.snapshot;
  const livrets = snapshot?.map.livrets ?? [];
  const livretMap = livrets.find((l) => l.index === livret) ?? livrets[0];
  const current = livretMap?.index ?? 0;
  const groups = React.useMemo(() => blockGroups(livretMap, pfmp), [livretMap, pfmp]);
  const data = effectiveData(state, current);
  const docData = documentData(snapshot, current);
  const allUnsaved = totalUnsaved(state);
  const toSave = livretsToSave(state);
  useBeforeUnload(allUnsaved > 0);

  React.useEffect(() => {
    if (focusRequest !== null) focusElement(focusRequest.id);
  }, [focusRequest]);

  const conflicts = React.useMemo(() => {
    const found = snapshot?.livrets.find((l) => l.index === current)?.conflicts ?? [];
    // A level chosen in the pane replaces the double tick when saved: no longer a conflict.
    return found.filter(
      (c) =>
        state.pending[current]?.periods?.[String(c.period) as "1"]?.levels?.[c.key] === undefined,
    );
  }, [snapshot, state.pending, current]);

  // Checked on every render while shown: the rules are cheap and the list follows each change.
  const findings = showCheck ? checkLivret({ livret: current, data, conflicts }) : [];

  const toggle = (block: BlockId | "?"): void => {
    const next = new Set(expanded);
    if (next.has(block)) next.delete(block);
    else next.add(block);
    setExpanded(next);
    setActiveBlock(block);
  };

  const focus = (id: string): void => setFocusRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }));

  // The keyboard handlers of 84 memoised rows must stay the same functions from one render to
  // the next; they read what changes through this ref.
  const latest = React.useRef({ state, current, pfmp, groups, expanded });
  latest.current = { state, current, pfmp, groups, expanded };

  const goRow = React.useCallback((key: string, step: 1 | -1): boolean => {
    const { groups: gs, expanded: ex, pfmp: p } = latest.current;
    const order = gs.flatMap((g) => g.rows.map((r) => ({ key: r.key, block: g.blockId })));
    const at = order.findIndex((r) => r.key === key);
    const target = order[at + step];
    if (target === undefined) return false;
    const id = levelGroupId(p, target.key);
    if (ex.has(target.block) && focusElement(id, "nearest")) return true;
    // The next row is in a closed block: open it, focus once it is rendered.
    setExpanded(new Set([...ex, target.block]));
    setActiveBlock(target.block);
    setFocusRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }));
    return true;
  }, []);

  const onLevel = React.useCallback(
    (key: string, level: Level, advance: boolean): void => {
      const { current: l, pfmp: p } = latest.current;
      dispatch({ type: "setLevel", livret: l, pfmp: p, key, level });
      const said = `${key} : ${level} (${LEVEL_LABELS[level]})`;
      if (advance && !goRow(key, 1)) {
        setAnnouncement(`${said}. Dernière ligne de la PFMP ${p}.`);
      } else setAnnouncement(said);
    },
    [dispatch, goRow],
  );

  const onClear = React.useCallback(
    (key: string): void => {
      const { current: l, pfmp: p, state: s } = latest.current;
      const values = rowValues(s, l, p, key);
      dispatch({ type: "clearLevel", livret: l, pfmp: p, key });
      setAnnouncement(
        values.levelPending
          ? `${key} : choix effacé` +
              (values.docLevel === undefined
                ? ""
                : `, le document garde ${values.docLevel} (${LEVEL_LABELS[values.docLevel]})`)
          : values.docLevel === undefined
            ? `${key} : aucun niveau`
            : `${key} : le niveau ${values.docLevel} est dans le document ; choisir un autre niveau pour le changer`,
      );
    },
    [dispatch],
  );

  const onMoveRow = React.useCallback(
    (key: string, step: 1 | -1): void => {
      goRow(key, step);
    },
    [goRow],
  );

  const canGo = (f: Finding): boolean =>
    f.where.key !== undefined ||
    f.where.field !== undefined ||
    f.where.period !== undefined ||
    f.where.year !== undefined;

  const goTo = (f: Finding): void => {
    const w = f.where;
    if (w.livret !== undefined) setLivret(w.livret);
    const target: PfmpNumber = isPfmpNumber(w.period)
      ? w.period
      : w.year !== undefined
        ? YEAR_PFMPS[w.year][0]
        : pfmp;
    if (w.key !== undefined) {
      setPfmp(target);
      const block = blockOfKey(livretMap, w.key);
      setExpanded(new Set([...expanded, block]));
      setActiveBlock(block);
      focus(levelGroupId(target, w.key));
    } else if (w.field === "lastName" || w.field === "firstName") {
      focus(STUDENT_FIELD_IDS[w.field]);
    } else if (w.field === "daysToRecover" && w.year !== undefined) {
      focus(daysToRecoverId(w.year));
    } else {
      setPfmp(target);
      setPeriodOpen(true);
      const field = w.field !== undefined && PERIOD_FIELDS.includes(w.field) ? w.field : "company";
      focus(periodFieldId(target, field));
    }
  };

  const keysOf = (block: BlockId | "?" | null): string[] =>
    groups
      .filter((g) => block === null || g.blockId === block)
      .flatMap((g) => g.rows.map((r) => r.key));

  const fillEmpty = (block: BlockId | "?" | null): void => {
    const levels = Object.fromEntries(
      keysOf(block)
        .filter((k) => rowValues(state, current, pfmp, k).level === undefined)
        .map((k) => [k, "NE" as Level]),
    );
    const n = Object.keys(levels).length;
    dispatch({ type: "applyDraft", livret: current, pfmp, levels });
    setAnnouncement(`NE pour ${n} ligne${n > 1 ? "s" : ""} vide${n > 1 ? "s" : ""}, en brouillon.`);
  };

  /** What "Reprendre la PFMP précédente" brings, for the PFMP or one block (null: all blocks). */
  const fromPrevious = (
    block: BlockId | "?" | null,
  ): { levels: Record<string, Level>; activities?: Record<string, string> } => {
    if (pfmp === 1) return { levels: {} };
    const previous = draftFromPrevious(data, pfmp);
    // Only the rows the document has for this PFMP, and only where nothing is chosen yet:
    // a draft never overwrites a level the teacher (or the document) already holds.
    const keys = new Set(keysOf(block));
    const here = data.periods?.[periodKey(pfmp)];
    const levels = Object.fromEntries(
      Object.entries(previous).filter(([k]) => keys.has(k) && here?.levels?.[k] === undefined),
    );
    const before = data.periods?.[periodKey((pfmp - 1) as PfmpNumber)]?.activities ?? {};
    const activities = withActivities
      ? Object.fromEntries(
          Object.entries(before).filter(
            ([k, t]) =>
              keys.has(k) && t.trim() !== "" && (here?.activities?.[k] ?? "").trim() === "",
          ),
        )
      : undefined;
    return { levels, activities };
  };

  const startFromPrevious = (block: BlockId | "?" | null): void => {
    if (pfmp === 1) return;
    const { levels, activities } = fromPrevious(block);
    dispatch({ type: "applyDraft", livret: current, pfmp, levels, activities });
    const n = Object.keys(levels).length;
    setAnnouncement(`${n} niveau${n > 1 ? "x" : ""} repris de la PFMP ${pfmp - 1}, en brouillon.`);
  };
  const previousCount = pfmp === 1 ? 0 : Object.keys(draftFromPrevious(data, pfmp)).length;
  const drafts = state.drafts[current]?.filter((m) => m.startsWith(`${pfmp}:`)).length ?? 0;
  const emptyRows = keysOf(null).filter(
    (k) => rowValues(state, current, pfmp, k).level === undefined,
  ).length;

  const discardAll = (): void => {
    for (const l of livrets) dispatch({ type: "discard", livret: l.index });
  };

  const reload = (): void => {
    if (allUnsaved === 0) {
      void doc.reload();
      return;
    }
    setAsk({
      title: "Relire le document ?",
      text: `${changes(allUnsaved)} seront perdues si elles ne sont pas déjà dans le document.`,
      confirmText: "Relire et abandonner",
      onConfirm: () => {
        setAsk(null);
        discardAll();
        void doc.reload();
      },
    });
  };

  const download = (): void => {
    if (demo === undefined) return;
    if (allUnsaved === 0) {
      demo.onDownload();
      return;
    }
    // Never a download that silently leaves the teacher's changes out (issue 10).
    setAsk({
      title: "Télécharger le document ?",
      text: `${changes(allUnsaved)}. Les enregistrer d’abord pour qu’elles soient dans le fichier téléchargé ?`,
      confirmText: "Enregistrer puis télécharger",
      onConfirm: () => {
        setAsk(null);
        void doc.save().then((ok) => {
          if (ok) demo.onDownload();
        });
      },
      otherText: "Télécharger sans elles",
      onOther: () => {
        setAsk(null);
        demo.onDownload();
      },
    });
  };

  const openOther = (file: File): void => {
    if (demo === undefined) return;
    if (allUnsaved === 0) {
      demo.onOpen(file);
      return;
    }
    setAsk({
      title: "Ouvrir un autre document ?",
      text: `${changes(allUnsaved)} seront perdues. Pour les garder : Annuler, puis Enregistrer et Télécharger.`,
      confirmText: "Ouvrir et abandonner",
      onConfirm: () => {
        setAsk(null);
        demo.onOpen(file);
      },
    });
  };

  // Ctrl+Z (Cmd+Z) undoes the last pending edit; inside a text field the browser's own undo
  // keeps working on the text.
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
      const t = event.target as HTMLElement;
      if (t.tagName === "INPUT" || t.tagName === "TEXTAREA") return;
      event.preventDefault();
      if (state.history.length === 0) setAnnouncement("Rien à annuler.");
      else {
        dispatch({ type: "undo" });
        setAnnouncement("Dernière modification annulée.");
      }
    }
  };

  const previewGrid =
    groups.find((g) => g.blockId === activeBlock)?.grid ?? groups[0]?.grid ?? undefined;
  const others = toSave.filter((l) => l !== current);
  const several = toSave.length > 1 ? ` (${toSave.length} livrets)` : "";
  const saveLabel = `Enregistrer${several}`;

  return (
    <main className={styles.root} onKeyDown={onKeyDown}>
      <div className={styles.bar} ref={bar} data-testid="barre">
        <h1 className={styles.hidden}>Livret de suivi des PFMP</h1>
        <div className={styles.buttons}>
          {status !== "loading" && (
            <>
              <PrimaryButton
                className={styles.coarse}
                styles={COMPACT}
                onClick={() => void doc.save()}
                // The visible word is in the name (WCAG 2.5.3), which says where it saves.
                ariaLabel={`Enregistrer dans le document${several}`}
                disabled={busy || allUnsaved === 0 || livretMap === undefined}
              >
                {saveLabel}
              </PrimaryButton>
              <DefaultButton
                className={styles.coarse}
                styles={COMPACT}
                aria-expanded={showCheck}
                aria-controls="verification"
                onClick={() => {
                  setShowCheck(!showCheck);
                  if (!showCheck) focus("verification-titre");
                }}
                disabled={livretMap === undefined}
              >
                Vérifier
              </DefaultButton>
              <DefaultButton
                className={styles.coarse}
                styles={COMPACT}
                aria-expanded={showProgress}
                aria-controls="progression"
                onClick={() => {
                  setShowProgress(!showProgress);
                  if (!showProgress) focus("progression-titre");
                }}
                disabled={livretMap === undefined}
              >
                Progression
              </DefaultButton>
              <IconButton
                className={styles.coarse}
                styles={COMPACT}
                iconProps={{ iconName: "Refresh" }}
                onClick={reload}
                disabled={busy}
                ariaLabel="Relire le document"
                title="Relire le document"
              />
            </>
          )}
          <span
            role="status"
            aria-live="polite"
            data-testid="non-enregistre"
            className={`${styles.badge} ${allUnsaved === 0 ? styles.saved : ""}`}
          >
            {allUnsaved === 0
              ? "Tout est enregistré"
              : toSave.length > 1
                ? `${changes(allUnsaved)} dans ${toSave.length} livrets`
                : changes(allUnsaved)}
          </span>
        </div>
        {progress !== null && (
          <ProgressIndicator
            label="Enregistrement dans le document…"
            description={progress.total > 0 ? `${progress.done} / ${progress.total}` : undefined}
            percentComplete={progress.total > 0 ? progress.done / progress.total : undefined}
            ariaValueText={
              progress.total > 0 ? `${progress.done} sur ${progress.total} écritures` : undefined
            }
          />
        )}
      </div>
      <div className={styles.hidden} aria-live="polite" data-testid="annonce">
        {announcement}
      </div>
      {demo !== undefined && (
        <DemoToolbar documentName={demo.documentName} onOpen={openOther} onDownload={download} />
      )}
      {notice !== null && (
        <MessageBar
          messageBarType={
            notice.kind === "success"
              ? MessageBarType.success
              : notice.kind === "warning"
                ? MessageBarType.warning
                : MessageBarType.error
          }
          isMultiline
          onDismiss={doc.dismissNotice}
          dismissButtonAriaLabel="Fermer le message"
          data-testid="message-enregistrement"
        >
          {notice.text}
          {notice.lines !== undefined && notice.lines.length > 0 && (
            <details>
              <summary>Détail des écritures ({notice.lines.length})</summary>
              <ul style={{ margin: "4px 0", paddingLeft: 18, maxHeight: 200, overflowY: "auto" }}>
                {notice.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </details>
          )}
        </MessageBar>
      )}
      {(snapshot?.notices ?? []).map((n) => (
        <MessageBar key={n.code} messageBarType={MessageBarType.warning} isMultiline>
          {n.message}
        </MessageBar>
      ))}
      {status === "loading" && <Spinner size={SpinnerSize.large} label="Lecture du document…" />}
      {status === "noLivret" && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Ce document ne contient pas de livret de suivi des PFMP (aucune grille de compétences avec
          les colonnes NE N D A E n’a été trouvée).{" "}
          {demo === undefined
            ? "Ouvrez le livret de l’élève puis choisissez « Relire »."
            : "Ouvrez le livret de l’élève avec « Ouvrir un autre .docx »."}
        </MessageBar>
      )}
      {livretMap !== undefined && snapshot !== null && (
        <Stack tokens={{ childrenGap: 6 }}>
          <PupilPicker
            pupils={livrets.map((l) => ({
              index: l.index,
              name: pupilName(effectiveData(state, l.index).student, l.index),
              unsaved: unsavedCount(state, l.index),
            }))}
            selected={current}
            onSelect={setLivret}
          />
          {others.length > 0 && (
            <Text variant="small" block data-testid="autres-livrets">
              « Enregistrer » enregistre aussi{" "}
              {others
                .map(
                  (l) =>
                    `${pupilName(effectiveData(state, l).student, l)} (${unsavedCount(state, l)})`,
                )
                .join(", ")}
              .
            </Text>
          )}
          <DocumentStatus
            livret={livretMap}
            conflicts={conflicts}
            warnings={snapshot.map.warnings}
          />
          {showCheck && (
            <section id="verification" aria-labelledby="verification-titre">
              <h2 id="verification-titre" tabIndex={-1} style={{ fontSize: 16, margin: "6px 0" }}>
                Vérifier avant envoi
              </h2>
              <Text block variant="small">
                Vérification des données du volet, modifications non enregistrées comprises.
              </Text>
              <FindingsList findings={findings} onGo={goTo} canGo={canGo} />
            </section>
          )}
          {showProgress && (
            <section id="progression" aria-labelledby="progression-titre">
              <h2 id="progression-titre" tabIndex={-1} style={{ fontSize: 16, margin: "6px 0" }}>
                Progression de l’élève
              </h2>
              <ProgressPicture
                pupil={pupilName(data.student, current)}
                matrix={progressMatrix(data)}
              />
            </section>
          )}
          <PfmpPicker selected={pfmp} onSelect={setPfmp} />
          <section aria-labelledby="grilles-titre">
            <h2 id="grilles-titre" style={{ fontSize: 15, margin: "6px 0 2px" }}>
              Grilles de la PFMP {pfmp}
            </h2>
            <ShortcutsHelp />
            <Stack
              horizontal
              wrap
              verticalAlign="center"
              tokens={{ childrenGap: 6 }}
              className={styles.bulk}
            >
              <DefaultButton
                className={styles.coarse}
                styles={COMPACT}
                onClick={() => fillEmpty(null)}
                disabled={emptyRows === 0}
              >
                {`NE pour les lignes vides (${emptyRows})`}
              </DefaultButton>
              {pfmp > 1 && (
                <>
                  <DefaultButton
                    className={styles.coarse}
                    styles={COMPACT}
                    onClick={() => startFromPrevious(null)}
                    disabled={previousCount === 0}
                    title={
                      previousCount === 0
                        ? `La PFMP ${pfmp - 1} n’a aucun niveau à reprendre.`
                        : `Reprendre les niveaux de la PFMP ${pfmp - 1} là où rien n’est coché`
                    }
                  >
                    Reprendre la PFMP précédente
                  </DefaultButton>
                  <Checkbox
                    label="avec les activités"
                    checked={withActivities}
                    onChange={(_, c) => setWithActivities(c === true)}
                  />
                </>
              )}
              {drafts > 0 && (
                <span className={styles.badge} role="status">
                  Brouillon : {drafts} niveau{drafts > 1 ? "x" : ""} à vérifier puis enregistrer
                </span>
              )}
            </Stack>
            <GridEditor
              state={state}
              livret={current}
              pfmp={pfmp}
              groups={groups}
              expanded={expanded}
              onToggle={toggle}
              onActivate={(block) => {
                if (block !== activeBlock) setActiveBlock(block);
              }}
              onLevel={onLevel}
              onClear={onClear}
              onMoveRow={onMoveRow}
              onFillEmpty={fillEmpty}
              onCopyPrevious={pfmp === 1 ? undefined : startFromPrevious}
              previousCount={(block) => Object.keys(fromPrevious(block).levels).length}
              dispatch={dispatch}
            />
          </section>
          <PeriodForm
            pfmp={pfmp}
            periods={data.periods}
            period={data.periods?.[periodKey(pfmp)]}
            documentPeriod={docData.periods?.[periodKey(pfmp)]}
            expanded={periodOpen}
            onToggle={() => setPeriodOpen(!periodOpen)}
            onChange={(field, value) =>
              dispatch({ type: "setPeriodField", livret: current, pfmp, field, value })
            }
          />
          <IdentityForm
            data={data}
            documentData={docData}
            onStudent={(field, value) =>
              dispatch({ type: "setStudent", livret: current, field, value })
            }
            onDaysToRecover={(year, value) =>
              dispatch({ type: "setDaysToRecover", livret: current, year, value })
            }
          />
          {demo !== undefined && previewGrid !== undefined && (
            <GridPreview state={state} livret={current} grid={previewGrid} />
          )}
        </Stack>
      )}
      <ConfirmDialog
        open={ask !== null}
        title={ask?.title ?? ""}
        text={ask?.text ?? ""}
        confirmText={ask?.confirmText ?? "OK"}
        onConfirm={() => ask?.onConfirm()}
        otherText={ask?.otherText}
        onOther={ask?.onOther}
        onCancel={() => setAsk(null)}
      />
    </main>
  );
}
