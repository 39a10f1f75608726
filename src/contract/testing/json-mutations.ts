/**
 * Test support shared by the server's upstream fuzzing and the browser client's fuzzing: random
 * mutations of a valid JSON body (a field dropped, retyped or enlarged), applied to a parsed tree.
 * The two sides differ only in what a number is (a LosslessNumber on the server, a plain number in
 * the browser), so that is passed in. Only tests import this module.
 */
import fc from 'fast-check';

export type Mutation =
  | { at: number; op: 'drop' }
  | { at: number; op: 'retype'; value: unknown }
  | { at: number; op: 'enlarge'; size: number };

export interface TreeKind {
  /** A value that is a leaf even though it is an object (the server's LosslessNumber). */
  isLeafObject?: (value: unknown) => boolean;
  /** The number `value` made much larger, or undefined when `value` is not a number. */
  enlargeNumber: (value: unknown, size: number) => unknown;
}

type Path = (string | number)[];

function allPaths(value: unknown, kind: TreeKind, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, kind, [...prefix, i], out));
  else if (value !== null && typeof value === 'object' && !kind.isLeafObject?.(value)) {
    for (const [k, v] of Object.entries(value)) allPaths(v, kind, [...prefix, k], out);
  }
  return out;
}

/** 1–5 mutations: drops and retypes to `otherValue`, and at most one enlargement per body. */
export function mutationsArb(otherValue: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation[]> {
  const small: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ at: fc.nat(), op: fc.constant('drop' as const) }),
    fc.record({ at: fc.nat(), op: fc.constant('retype' as const), value: otherValue }),
  );
  // Two nested enlargements would multiply to 10,000 × 10,000.
  const enlargement = fc.record({
    at: fc.nat(),
    op: fc.constant('enlarge' as const),
    size: fc.constantFrom(50, 1_000, 10_000),
  });
  return fc
    .tuple(fc.array(small, { maxLength: 4 }), fc.option(enlargement, { nil: undefined }))
    .filter(([list, big]) => list.length > 0 || big !== undefined)
    .map(([list, big]) => (big ? [...list, big] : list));
}

function enlarge(value: unknown, size: number, kind: TreeKind): unknown {
  if (typeof value === 'string') return value.padEnd(size * 10, value || 'x');
  if (Array.isArray(value))
    return value.length === 0 ? value : Array.from({ length: size }, (_, i) => value[i % value.length] ?? null);
  return kind.enlargeNumber(value, size) ?? value;
}

/** Applies each mutation, in place, at a node picked among the current tree's nodes (the root included). */
export function mutateTree(doc: unknown, mutations: readonly Mutation[], kind: TreeKind): unknown {
  let root = doc;
  for (const m of mutations) {
    const paths = allPaths(root, kind);
    const path = paths[m.at % paths.length] ?? [];
    if (path.length === 0) {
      if (m.op === 'retype') root = m.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as
      unknown[] | Record<string, unknown>;
    const key = path.at(-1) as string | number;
    if (m.op === 'drop') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else {
      const record = parent as Record<string, unknown>;
      record[key] = m.op === 'retype' ? m.value : enlarge(record[key], m.size, kind);
    }
  }
  return root;
}
