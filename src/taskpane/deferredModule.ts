/**
 * A module of the pane behind `import()`: a chunk of its own that Word fetches after the pane's
 * first render instead of with taskpane.js (issue: the start bundle must not grow). `load` asks for
 * it once; once it has arrived `loaded` holds it, so that a component renders it synchronously,
 * exactly as if it had been in the start bundle. A failed load is forgotten, so that the next
 * `load` asks again (a request lost on a flaky network must not disable a dialog for good).
 */
export interface DeferredModule<T> {
  readonly load: () => Promise<T>;
  readonly loaded: () => T | undefined;
}

export function deferredModule<T>(importer: () => Promise<T>): DeferredModule<T> {
  let pending: Promise<T> | null = null;
  let value: T | undefined;
  const load = (): Promise<T> => {
    pending ??= importer().then(
      (module) => {
        value = module;
        return module;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return { load, loaded: () => value };
}
