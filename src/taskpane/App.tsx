import * as React from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { BlockId } from "../domain/catalog/catalogTypes";
import type { StudentData } from "../domain/livretData";
import { draftFromPrevious, progressMatrix } from "../domain/progress";
import { checkLivret } from "../domain/rules/checkLivret";
import type { Finding } from "../domain/rules/finding";
import { YEAR_PFMPS, isPfmpNumber, type PfmpNumber } from "../domain/schoolYear";
import type { DocumentPort } from "../services/documentPort";
import { ConfirmDialog } from "./components/ConfirmDialog";
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
import { focusElement } from "./focusElement";
import { blockGroups, blockOfKey, levelGroupId } from "./gridGroups";
import { useBeforeUnload } from "./hooks/useBeforeUnload";
import { useLivretDocument } from "./hooks/useLivretDocument";
import { documentData } from "./state/editorReducer";
import { effectiveData, totalUnsaved, unsavedCount } from "./state/editorSelectors";
import { periodKey, PERIOD_TEXT_FIELDS, type PeriodTextField } from "./state/editorState";

const styles = mergeStyleSets({
  root: { padding: "8px 12px 24px", maxWidth: 720, margin: "0 auto" },
  title: { margin: "4px 0 8px", fontSize: 18 },
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
  toolbar: { position: "sticky", top: 0, zIndex: 1, background: "#ffffff", padding: "6px 0" },
});

/** Demo extras (plain browser): the host page keeps the Word double and the file. */
export interface DemoOptions {
  readonly documentName: string;
  readonly onOpen: (file: File) => void;
  readonly onDownload: (student: StudentData | undefined) => void;
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

const PERIOD_FIELDS: readonly string[] = PERIOD_TEXT_FIELDS;

/** The task pane: the same UI in Word and in the demo; only the port (and demo extras) differ. */
export function App(props: AppProps): React.JSX.Element {
  const { port, demo } = props;
  const doc = useLivretDocument(port);
  const { state, dispatch, status, busy, notice } = doc;
  const [livret, setLivret] = React.useState(0);
  const [pfmp, setPfmp] = React.useState<PfmpNumber>(1);
  const [expanded, setExpanded] = React.useState<ReadonlySet<BlockId | "?">>(new Set(["1"]));
  const [activeBlock, setActiveBlock] = React.useState<BlockId | "?">("1");
  const [showCheck, setShowCheck] = React.useState(false);
  const [showProgress, setShowProgress] = React.useState(false);
  const [confirmReload, setConfirmReload] = React.useState(false);
  const [focusRequest, setFocusRequest] = React.useState<{ id: string; n: number } | null>(null);

  const snapshot = state.snapshot;
  const livrets = snapshot?.map.livrets ?? [];
  const livretMap = livrets.find((l) => l.index === livret) ?? livrets[0];
  const current = livretMap?.index ?? 0;
  const groups = React.useMemo(() => blockGroups(livretMap, pfmp), [livretMap, pfmp]);
  const data = effectiveData(state, current);
  const docData = documentData(snapshot, current);
  const unsaved = unsavedCount(state, current);
  const allUnsaved = totalUnsaved(state);
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
      const field = w.field !== undefined && PERIOD_FIELDS.includes(w.field) ? w.field : "company";
      focus(periodFieldId(target, field));
    }
  };

  const startFromPrevious = (): void => {
    if (pfmp === 1) return;
    const previous = draftFromPrevious(data, pfmp);
    // Only the rows the document has for this PFMP, and only where nothing is chosen yet:
    // a draft never overwrites a level the teacher (or the document) already holds.
    const keys = new Set(groups.flatMap((g) => g.rows.map((r) => r.key)));
    const current_ = data.periods?.[periodKey(pfmp)]?.levels ?? {};
    const levels = Object.fromEntries(
      Object.entries(previous).filter(([k]) => keys.has(k) && current_[k] === undefined),
    );
    dispatch({ type: "applyDraft", livret: current, pfmp, levels });
  };
  const previousCount = pfmp === 1 ? 0 : Object.keys(draftFromPrevious(data, pfmp)).length;
  const drafts = state.drafts[current]?.filter((m) => m.startsWith(`${pfmp}:`)).length ?? 0;

  const reload = (): void => {
    if (allUnsaved > 0) setConfirmReload(true);
    else void doc.reload();
  };

  const previewGrid =
    groups.find((g) => g.blockId === activeBlock)?.grid ?? groups[0]?.grid ?? undefined;

  return (
    <main className={styles.root} aria-busy={busy}>
      <h1 className={styles.title}>Livret de suivi des PFMP</h1>
      {demo !== undefined && (
        <DemoToolbar
          documentName={demo.documentName}
          onOpen={demo.onOpen}
          onDownload={() => demo.onDownload(data.student)}
        />
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
            <ul style={{ margin: "4px 0", paddingLeft: 18, maxHeight: 200, overflowY: "auto" }}>
              {notice.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </MessageBar>
      )}
      {status === "loading" && <Spinner size={SpinnerSize.large} label="Lecture du document…" />}
      {status === "noLivret" && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Ce document ne contient pas de livret de suivi des PFMP (aucune grille de compétences avec
          les colonnes NE N D A E n’a été trouvée). Ouvrez le livret de l’élève puis choisissez «
          Relire le document ».
        </MessageBar>
      )}
      {status !== "loading" && (
        <div className={styles.toolbar}>
          <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <PrimaryButton
              onClick={() => void doc.save(current)}
              disabled={busy || unsaved === 0 || livretMap === undefined}
            >
              Enregistrer dans le document
            </PrimaryButton>
            <DefaultButton onClick={reload} disabled={busy}>
              Relire le document
            </DefaultButton>
            <span
              role="status"
              aria-live="polite"
              data-testid="non-enregistre"
              className={`${styles.badge} ${unsaved === 0 ? styles.saved : ""}`}
            >
              {unsaved === 0
                ? "Tout est enregistré"
                : `${unsaved} modification${unsaved > 1 ? "s" : ""} non enregistrée${unsaved > 1 ? "s" : ""}`}
            </span>
          </Stack>
        </div>
      )}
      {livretMap !== undefined && snapshot !== null && (
        <Stack tokens={{ childrenGap: 8 }}>
          <PupilPicker
            pupils={livrets.map((l) => ({
              index: l.index,
              name: pupilName(effectiveData(state, l.index).student, l.index),
              unsaved: unsavedCount(state, l.index),
            }))}
            selected={current}
            onSelect={setLivret}
          />
          <DocumentStatus
            livret={livretMap}
            conflicts={conflicts}
            warnings={snapshot.map.warnings}
          />
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <DefaultButton
              aria-expanded={showCheck}
              aria-controls="verification"
              iconProps={{ iconName: "CheckList" }}
              onClick={() => setShowCheck(!showCheck)}
            >
              Vérifier avant envoi
            </DefaultButton>
            <DefaultButton
              aria-expanded={showProgress}
              aria-controls="progression"
              iconProps={{ iconName: "BarChartVertical" }}
              onClick={() => setShowProgress(!showProgress)}
            >
              Progression de l’élève
            </DefaultButton>
          </Stack>
          {showCheck && (
            <section id="verification" aria-labelledby="verification-titre">
              <h2 id="verification-titre" style={{ fontSize: 16 }}>
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
              <h2 id="progression-titre" style={{ fontSize: 16 }}>
                Progression de l’élève
              </h2>
              <ProgressPicture
                pupil={pupilName(data.student, current)}
                matrix={progressMatrix(data)}
              />
            </section>
          )}
          <PfmpPicker selected={pfmp} onSelect={setPfmp} />
          <PeriodForm
            pfmp={pfmp}
            period={data.periods?.[periodKey(pfmp)]}
            documentPeriod={docData.periods?.[periodKey(pfmp)]}
            onChange={(field: PeriodTextField, value: string) =>
              dispatch({ type: "setPeriodField", livret: current, pfmp, field, value })
            }
          />
          <section aria-labelledby="grilles-titre">
            <h3 id="grilles-titre">Grilles de la PFMP {pfmp}</h3>
            {pfmp > 1 && (
              <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <DefaultButton
                  onClick={startFromPrevious}
                  disabled={previousCount === 0}
                  title={
                    previousCount === 0
                      ? `La PFMP ${pfmp - 1} n’a aucun niveau à reprendre.`
                      : `Reprendre les ${previousCount} niveaux de la PFMP ${pfmp - 1} là où rien n’est coché`
                  }
                >
                  Partir de la PFMP précédente
                </DefaultButton>
                {drafts > 0 && (
                  <span className={styles.badge} role="status">
                    Brouillon : {drafts} niveau{drafts > 1 ? "x" : ""} repris de la PFMP {pfmp - 1},
                    à enregistrer
                  </span>
                )}
              </Stack>
            )}
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
              dispatch={dispatch}
            />
          </section>
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
        open={confirmReload}
        title="Relire le document ?"
        text={`${allUnsaved} modification${allUnsaved > 1 ? "s" : ""} non enregistrée${allUnsaved > 1 ? "s" : ""} seront perdues si elles ne sont pas déjà dans le document.`}
        confirmText="Relire et abandonner"
        onCancel={() => setConfirmReload(false)}
        onConfirm={() => {
          setConfirmReload(false);
          for (const l of livrets) dispatch({ type: "discard", livret: l.index });
          void doc.reload();
        }}
      />
    </main>
  );
}
