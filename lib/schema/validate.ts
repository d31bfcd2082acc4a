// A small schema validator: a schema is a function that checks a value at a path and returns it
// typed, or throws one clear field-level error ("annotations[3].selectors[0].exact: expected a
// string, got a number"). The type comes from the schema (Infer), so a value that passed its check
// needs no cast. Object schemas build fresh objects from the keys they know: nothing unexpected from
// a file or a message reaches the store or a handler. Used for imported files (lib/export) and for
// every message the background receives (lib/messaging).

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** Where in the value ('' for the value as a whole). */
  readonly path: string;

  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.path = path;
  }
}

/** Checks a value at a path and returns it typed, or throws a ValidationError. */
export type Validator<T> = (value: unknown, path: string) => T;

/** A validator for a key that may be missing: the key is left out of the result then. */
export type MaybeValidator<T> = Validator<T | undefined> & { readonly maybe: true };

export const field = (path: string, key: string) => (path ? `${path}.${key}` : key);
export const item = (path: string, index: number) => `${path}[${index}]`;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "a number", "null", "an array", … for messages. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  const t = typeof v;
  return t === 'object' ? 'an object' : `a ${t === 'boolean' ? 'boolean' : t}`;
}

export const fail = (path: string, expected: string, v: unknown): never => {
  throw new ValidationError(path, `expected ${expected}, got ${describeValue(v)}`);
};

export function string(options: { max?: number; nonEmpty?: boolean } = {}): Validator<string> {
  const { max = Number.POSITIVE_INFINITY, nonEmpty = false } = options;
  return (v, path) => {
    if (typeof v !== 'string') return fail(path, 'a string', v);
    if (nonEmpty && v.length === 0) throw new ValidationError(path, 'must not be empty');
    if (v.length > max) throw new ValidationError(path, `is ${v.length.toLocaleString('en')} characters long; the limit is ${max.toLocaleString('en')}`);
    return v;
  };
}

export function integer(options: { min?: number; max?: number } = {}): Validator<number> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  return (v, path) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) return fail(path, 'a whole number', v);
    if (v < min) throw new ValidationError(path, `must be at least ${min}, got ${v}`);
    if (v > max) throw new ValidationError(path, `must be at most ${max}, got ${v}`);
    return v;
  };
}

export const boolean: Validator<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'true or false', v));

export function oneOf<const T extends string | number>(values: readonly T[]): Validator<T> {
  const ok = (v: unknown): v is T => (values as readonly unknown[]).includes(v);
  return (v, path) => (ok(v) ? v : fail(path, `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v));
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (v, path) => (v === null ? null : inner(v, path));
}

/** A missing (undefined) value becomes `fallback`. */
export function optional<T>(inner: Validator<T>, fallback: T): Validator<T> {
  return (v, path) => (v === undefined ? fallback : inner(v, path));
}

/** A key that may be missing (an optional property of the inferred type). */
export function maybe<T>(inner: Validator<T>): MaybeValidator<T> {
  return Object.assign((v: unknown, path: string) => (v === undefined ? undefined : inner(v, path)), { maybe: true as const });
}

export function arrayOf<T>(inner: Validator<T>, options: { max?: number } = {}): Validator<T[]> {
  const { max = Number.POSITIVE_INFINITY } = options;
  return (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'an array', v);
    if (v.length > max) throw new ValidationError(path, `has ${v.length.toLocaleString('en')} items; the limit is ${max.toLocaleString('en')}`);
    return v.map((x, i) => inner(x, item(path, i)));
  };
}

/** A further check on a value that passed `inner`: `problem` returns what is wrong, or null. */
export function refine<T>(inner: Validator<T>, problem: (value: T) => string | null): Validator<T> {
  return (v, path) => {
    const value = inner(v, path);
    const p = problem(value);
    if (p) throw new ValidationError(path, p);
    return value;
  };
}

export type Shape = Record<string, Validator<unknown>>;
type Out<V> = V extends Validator<infer T> ? T : never;
/** The type a validator yields. */
export type Parsed<V> = Out<V>;
type MaybeKeys<S> = { [K in keyof S]: S[K] extends { readonly maybe: true } ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The type an object schema's shape produces: `maybe` keys are optional. */
export type Infer<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, MaybeKeys<S>>]: Out<S[K]> } & { [K in MaybeKeys<S>]?: Exclude<Out<S[K]>, undefined> }
>;

/** An object with the shape's keys (others are ignored and not copied). */
export function object<S extends Shape>(shape: S): Validator<Infer<S>> {
  const keys = Object.keys(shape);
  return (v, path) => {
    if (!isPlainObject(v)) return fail(path, 'an object', v);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = shape[key]!(v[key], field(path, key));
      if (value !== undefined) out[key] = value;
    }
    return out as Infer<S>; // built key by key from the shape above
  };
}

/** Run a validator: the typed value, or the error message (never throws). */
export function check<T>(validator: Validator<T>, value: unknown, path = ''): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: validator(value, path) };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, error: e.message };
    throw e;
  }
}

/** An ISO 8601 date-time string, returned as ms since the epoch. */
export const isoDate: Validator<number> = (v, path) => {
  if (typeof v !== 'string') return fail(path, 'an ISO date string', v);
  const ms = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(ms)) throw new ValidationError(path, `expected an ISO date like 2026-11-27T10:00:00Z, got "${v.slice(0, 40)}"`);
  return ms;
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 64;

/**
 * Walk a parsed JSON value (without recursion): reject keys that could pollute prototypes
 * anywhere, and nesting deeper than `maxDepth`.
 */
export function checkStructure(root: unknown, maxDepth = MAX_DEPTH): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) {
      const where = path.length > 40 ? `${path.slice(0, 40)}…` : path;
      throw new ValidationError('', `the file is nested more than ${maxDepth} levels deep (at ${where})`);
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: item(path, i), depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new ValidationError(field(path, key), 'this key is not allowed (it could alter built-in objects)');
      stack.push({ value: (value as Record<string, unknown>)[key], path: field(path, key), depth: depth + 1 });
    }
  }
}
