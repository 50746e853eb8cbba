/**
 * MUST be the first import of the entry point. Fluent UI v8 reads `window.FabricConfig` when its
 * modules are evaluated: an empty `fontBaseUrl` makes `registerDefaultFontFaces` skip the Segoe UI
 * @font-face rules that point at the Office CDN, and the icon fonts are served from our own
 * `fonts/` folder (`registerPaneIcons`, called in index.tsx). The pane makes no network request at all:
 * the livret holds pupils' data (reference office-addin-tooling.md §6.3).
 */
declare global {
  interface Window {
    FabricConfig?: { fontBaseUrl?: string; iconBaseUrl?: string };
  }
}

window.FabricConfig = { ...window.FabricConfig, fontBaseUrl: "", iconBaseUrl: "fonts/" };

export const FABRIC_CONFIGURED = true;
