import { LivretError } from "../shared/livretError";

/**
 * What the port needs to know about the host beyond the `Word` namespace:
 * `Office.context.requirements.isSetSupported` (office-js-docs-pr
 * `docs/develop/specify-api-requirements-runtime.md`) and `Office.context.diagnostics.platform`
 * ("PC", "Mac", "OfficeOnline", "iOS"…). Injectable so that tests and the double choose.
 */
export interface WordHost {
  isSetSupported(name: string, version: string): boolean;
  readonly platform: string | null;
}

/** A host that supports only what the manifest requires (WordApi 1.3), platform unknown. */
export const MINIMAL_HOST: WordHost = {
  isSetSupported: (name, version) => name === "WordApi" && Number(version) <= 1.3,
  platform: null,
};

interface OfficeGlobal {
  readonly context?: {
    readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
    readonly diagnostics?: { readonly platform?: unknown };
  };
  onReady?(): Promise<{ host: unknown; platform: unknown }>;
}

function officeGlobal(): OfficeGlobal | undefined {
  return (globalThis as { Office?: OfficeGlobal }).Office;
}

/** The running Office host (`Office.context`), read when asked (after `Office.onReady`). */
export function officeHost(office: OfficeGlobal | undefined = officeGlobal()): WordHost {
  return {
    isSetSupported: (name, version) =>
      office?.context?.requirements?.isSetSupported(name, version) ?? false,
    get platform() {
      const p = office?.context?.diagnostics?.platform;
      return typeof p === "string" ? p : null;
    },
  };
}

export interface OfficeReadyInfo {
  /** "Word" inside Word; null outside Office (a plain browser: the demo). */
  readonly host: string | null;
  readonly platform: string | null;
}

/**
 * `Office.onReady()` with a deadline. If office.js cannot load (a school proxy blocking
 * appsforoffice.microsoft.com), `Office.onReady` "will never resolve" (reference "Second review"
 * #8): after `timeoutMs` this rejects with `LivretError("OfficeNotReady")` and a French message
 * saying what to do, so the pane is never left blank.
 */
export function officeReady(
  timeoutMs: number,
  office: OfficeGlobal | undefined = officeGlobal(),
): Promise<OfficeReadyInfo> {
  const notReady = () =>
    new LivretError(
      "OfficeNotReady",
      `Word n'a pas démarré le complément (office.js ne répond pas après ${Math.round(timeoutMs / 1000)} s). ` +
        "Le réseau de l'établissement bloque peut-être appsforoffice.microsoft.com : vérifiez la " +
        "connexion, demandez à l'administrateur d'autoriser ce site, puis fermez et rouvrez le volet.",
    );
  return new Promise<OfficeReadyInfo>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(notReady());
    }, timeoutMs);
    // The <script> tag may still be loading office.js: wait for the global until the deadline.
    const start = (): void => {
      if (settled) return;
      const current = office ?? officeGlobal();
      if (current?.onReady === undefined) {
        setTimeout(start, 50);
        return;
      }
      current.onReady().then(
        (info) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({
            host: typeof info.host === "string" ? info.host : null,
            platform: typeof info.platform === "string" ? info.platform : null,
          });
        },
        () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          reject(notReady());
        },
      );
    };
    start();
  });
}
