import type { DoubleContext } from "./doubleContext";
import { parseLoadArgument } from "./loadSpec";
import type { LoadSpec } from "./loadSpec";
import { invalidArgument, itemNotFound, propertyNotLoaded } from "./officeError";
import type { WordState } from "./wordState";

const LOAD_ALL: LoadSpec = { all: true, props: new Map() };

/** Resolves a proxy to what it designates in the current document, or null when it is gone. */
export type Resolver<T> = (state: WordState) => T | null;

/**
 * A proxy (office.js ClientObject): it designates something by the path it was obtained through,
 * re-resolved at every `sync()` (as Word does — hence ItemNotFound when that path no longer leads
 * anywhere), and exposes only values delivered by a `load` + `sync`.
 */
export abstract class DoubleObject {
  protected readonly ctx: DoubleContext;
  abstract readonly typeName: string;

  constructor(ctx: DoubleContext) {
    this.ctx = ctx;
  }

  /** Computes the values a load asks for, now; returns how to deliver them after the batch. */
  abstract snapshot(state: WordState, spec: LoadSpec): () => void;

  load(propertyNames?: unknown): this {
    const spec = parseLoadArgument(propertyNames);
    this.ctx.enqueue(`${this.typeName}.load`, (state) => this.snapshot(state, spec));
    return this;
  }
}

export type ScalarReaders<T> = Readonly<Record<string, (target: T, state: WordState) => unknown>>;

export abstract class DoubleEntity<T> extends DoubleObject {
  protected readonly resolver: Resolver<T>;
  private readonly loaded = new Map<string, unknown>();
  /** Whether this proxy came from an `…OrNullObject` method. */
  private readonly nullable: boolean;
  private nullState: boolean | undefined;

  constructor(ctx: DoubleContext, resolver: Resolver<T>, options?: { nullable?: boolean }) {
    super(ctx);
    this.resolver = resolver;
    this.nullable = options?.nullable ?? false;
    if (this.nullable) {
      // MODEL: "Office automatically loads this property [isNullObject]" for *OrNullObject results.
      ctx.enqueue("ClientObject.isNullObject", (state) => {
        const isNull = resolver(state) === null;
        return () => {
          this.nullState = isNull;
        };
      });
    }
  }

  protected abstract readonly scalars: ScalarReaders<T>;

  /** Navigation properties that a load path may go through (`rows/cellCount`, `body/text`…). */
  protected navigation(_name: string): DoubleObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  resolve(state: WordState): T | null {
    return this.resolver(state);
  }

  /** The target, or ItemNotFound at `location` (the form of Word's `debugInfo.errorLocation`). */
  resolveOrThrow(state: WordState, location: string): T {
    const target = this.resolver(state);
    if (target === null) throw itemNotFound(location);
    return target;
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as V;
  }

  /** Queues the check that the object a method returned exists (Word fails the batch if not). */
  protected instantiated<P extends { resolveOrThrow(state: WordState, location: string): unknown }>(
    proxy: P,
    location: string,
  ): P {
    this.ctx.enqueue(location, (state) => {
      proxy.resolveOrThrow(state, location);
    });
    return proxy;
  }

  snapshot(state: WordState, spec: LoadSpec): () => void {
    const target = this.resolver(state);
    if (target === null) {
      if (this.nullable) return () => undefined; // a null object has nothing to load
      throw itemNotFound(`${this.typeName}.load`);
    }
    return this.snapshotOf(target, state, spec);
  }

  /**
   * `snapshot` of an already resolved target: a collection's load resolves its list once, not
   * once per item (a class file's `body.paragraphs` has 11k).
   */
  snapshotOf(target: T, state: WordState, spec: LoadSpec, plan = this.planLoad(spec)): () => void {
    const nested: (() => void)[] = [];
    for (const [name, sub] of plan.navigations) {
      const nav = this.navigation(name);
      if (nav === undefined) {
        throw invalidArgument(`${this.typeName}.load`, `property '${name}' is not modelled`);
      }
      nested.push(nav.snapshot(state, sub ?? LOAD_ALL));
    }
    const names = plan.scalars;
    const values: unknown[] = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const value = this.scalars[name]!(target, state);
      values[i] = value;
      // The response carries `"name":value` per property (JSON), counted for the payload ceiling.
      state.addResponse(name.length + 3 + (JSON.stringify(value)?.length ?? 4));
    }
    return () => {
      for (let i = 0; i < names.length; i++) this.loaded.set(names[i]!, values[i]);
      for (const n of nested) n();
    };
  }

  /**
   * Which of a load's properties are this type's scalars and which lead to other objects: the
   * same for every item of a collection, so a collection's load works it out once.
   */
  planLoad(spec: LoadSpec): LoadPlan {
    const scalars = spec.all ? Object.keys(this.scalars) : [];
    const navigations: [string, LoadSpec | null][] = [];
    for (const [name, sub] of spec.props) {
      if (sub === null && name in this.scalars) {
        scalars.push(name);
        continue;
      }
      if (name === "isNullObject") continue;
      navigations.push([name, sub]);
    }
    return { scalars, navigations };
  }
}

/** A load's properties sorted out (`DoubleEntity.planLoad`). */
export interface LoadPlan {
  readonly scalars: readonly string[];
  readonly navigations: readonly (readonly [string, LoadSpec | null])[];
}

export abstract class DoubleCollection<T, I extends DoubleEntity<T>> extends DoubleObject {
  private loadedItems: I[] | undefined;

  /** The members, in Word's order, or null when the owner is gone. */
  protected abstract resolveList(state: WordState): readonly T[] | null;
  protected abstract createItem(resolver: Resolver<T>): I;

  get items(): I[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  /** Item `i` designated by position, like Word's `…Collection.getItem(i)` path. */
  protected itemAt(i: number): I {
    return this.createItem((state) => this.resolveList(state)?.[i] ?? null);
  }

  getFirst(): I {
    const first = this.itemAt(0);
    const location = `${this.typeName}.getFirst`;
    this.ctx.enqueue(location, (state) => {
      first.resolveOrThrow(state, location);
    });
    return first;
  }

  getFirstOrNullObject(): I {
    return this.createNullable((state) => this.resolveList(state)?.[0] ?? null);
  }

  protected abstract createNullable(resolver: Resolver<T>): I;

  snapshot(state: WordState, spec: LoadSpec): () => void {
    const all = this.resolveList(state);
    if (all === null) throw itemNotFound(`${this.typeName}.load`);
    // Paging ($skip / $top): the items from `skip` on, at most `top` of them.
    const skip = spec.skip ?? 0;
    const count = Math.max(0, Math.min(all.length - skip, spec.top ?? all.length));
    // Fresh proxies at every load, as office.js rebuilds `items` from each response.
    const items = Array.from({ length: count }, (_, i) => this.itemAt(skip + i));
    // Each item resolves to all[skip + i] at this point of the batch: resolved once, here.
    const plan = items[0]?.planLoad(spec);
    const deliveries = items.map((item, i) => item.snapshotOf(all[skip + i]!, state, spec, plan));
    return () => {
      for (const d of deliveries) d();
      this.loadedItems = items;
    };
  }
}

/**
 * A collection over a list the document state gives (body paragraphs, tables, content
 * controls): subclasses only say which proxy an item is.
 */
export abstract class DoubleListCollection<T, I extends DoubleEntity<T>> extends DoubleCollection<
  T,
  I
> {
  private readonly list: (state: WordState) => readonly T[] | null;

  constructor(ctx: DoubleContext, list: (state: WordState) => readonly T[] | null) {
    super(ctx);
    this.list = list;
  }

  protected resolveList(state: WordState): readonly T[] | null {
    return this.list(state);
  }

  /** The proxy of one item (`nullable` for the `…OrNullObject` forms). */
  protected abstract item(resolver: Resolver<T>, options?: { nullable?: boolean }): I;

  protected createItem(resolver: Resolver<T>): I {
    return this.item(resolver);
  }

  protected createNullable(resolver: Resolver<T>): I {
    return this.item(resolver, { nullable: true });
  }
}
