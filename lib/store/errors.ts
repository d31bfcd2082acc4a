// Store failures as Error objects with a code the UI can act on. Nothing in the store swallows an error.

export type StoreErrorCode =
  /** The browser refused to store more (disk full or over the origin's quota). */
  | 'quota'
  /** The record to change does not exist. */
  | 'not-found'
  /** The input breaks a rule of the data model (unknown kind, empty id, …). */
  | 'invalid'
  /** A record with the same key already exists. */
  | 'conflict'
  /** IndexedDB cannot be opened here (private mode, blocked, wrong context). */
  | 'unavailable'
  | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

const nameOf = (e: unknown): string => (e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '');
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Inner failures of Dexie (BulkError, AbortError) keep the real cause in `failures` or `inner`. */
function rootCause(e: unknown): unknown {
  if (!e || typeof e !== 'object') return e;
  const inner = (e as { inner?: unknown }).inner;
  if (inner) return rootCause(inner);
  const failures = (e as { failures?: unknown }).failures;
  if (Array.isArray(failures) && failures.length) return rootCause(failures[0]);
  return e;
}

/** What the reader sees when the browser refuses to store more: what failed and what to do. */
export function quotaMessage(action: string): string {
  return (
    `Browser storage is full: could not ${action}. ` +
    'Free some disk space, or export and delete old annotations in the Claimlight library, then try again.'
  );
}

/** Turn any error from IndexedDB/Dexie into a StoreError with a clear message. */
export function toStoreError(e: unknown, action: string): StoreError {
  if (e instanceof StoreError) return e;
  const cause = rootCause(e);
  const name = nameOf(cause) || nameOf(e);
  const detail = messageOf(cause);
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota', quotaMessage(action), { cause: e });
    case 'ConstraintError':
      return new StoreError('conflict', `Could not ${action}: a record with the same key already exists (${detail}).`, { cause: e });
    case 'MissingAPIError':
    case 'OpenFailedError':
    case 'DatabaseClosedError':
    case 'InvalidStateError':
    case 'VersionError':
      return new StoreError('unavailable', `Could not ${action}: the database is not available (${detail}).`, { cause: e });
    default:
      return new StoreError('unknown', `Could not ${action}: ${detail}`, { cause: e });
  }
}

/** Run a store operation, re-throwing its failure as a StoreError. */
export async function guard<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toStoreError(e, action);
  }
}
