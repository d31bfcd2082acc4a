// What search needs of an annotation, small: lib/store/db.ts keeps one per annotation in the
// `digests` table, written in the same transaction as the annotation, as a flat array (DigestRow).
// At CPU ×4 a search reads 50,000 rows in about half the time the annotations take (1.0–1.7 s vs
// 2.5–3.4 s in bench/probes/cold-search.mjs: no selectors, context, URL or title; and an array is
// read back 1.5–2× faster than an object with the same fields).
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Annotation, Kind, PageKey, Source } from '../model';
import { haystackOf } from './search-text';

export interface Digest {
  id: string;
  pageKey: PageKey;
  kind: Kind;
  source: Source;
  dismissed: boolean;
  hasNote: boolean;
  tags: string[];
  speaker: string | null;
  updatedAt: number;
  /** Folded text, note, speaker, disputer and "#tags". */
  hay: string;
}

/** A digest as stored: a flat array (its key is the annotation's id, stored first as well). */
export type DigestRow = [id: string, pageKey: PageKey, kind: Kind, source: Source, dismissed: 0 | 1, hasNote: 0 | 1, tags: string[], speaker: string | null, updatedAt: number, hay: string];

export function rowOf(a: Annotation): DigestRow {
  return [a.id, a.pageKey, a.kind, a.source, a.dismissed ? 1 : 0, a.note.trim() !== '' ? 1 : 0, a.tags, a.speaker, a.updatedAt, haystackOf(a)];
}

export function digestOfRow(r: DigestRow): Digest {
  return { id: r[0], pageKey: r[1], kind: r[2], source: r[3], dismissed: r[4] === 1, hasNote: r[5] === 1, tags: r[6], speaker: r[7], updatedAt: r[8], hay: r[9] };
}

export const ANNOTATIONS = 'annotations';
export const DIGESTS = 'digests';

/** Whether a transaction can write the digests (not an upgrade from before the table existed). */
function hasDigests(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return !names || names.contains(DIGESTS);
}

/**
 * The digests' side of one write to the annotations: the same keys, the same kind of request (an
 * add that fails on a duplicate id fails for the digest too), issued with it so both land in one
 * transaction or neither does.
 */
function mirror(req: DBCoreMutateRequest): DBCoreMutateRequest {
  switch (req.type) {
    case 'add':
    case 'put':
      return { type: req.type, trans: req.trans, values: req.values.map(rowOf), keys: req.values.map((a: Annotation) => a.id) };
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

/**
 * Keeps the digests in step with the annotations, below Dexie's own layers: every transaction that
 * writes annotations writes digests too, and every write to an annotation (add, put, update,
 * modify, delete, clear; from any repository, import or restore) writes its digest in the same
 * transaction.
 */
export const digestsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ClaimlightDigests',
  level: -2,
  create: (down) => {
    const declared = down.schema.tables.some((t) => t.name === DIGESTS);
    return {
      ...down,
      transaction(stores, mode, options) {
        const withDigests = declared && mode === 'readwrite' && stores.includes(ANNOTATIONS) && !stores.includes(DIGESTS);
        return down.transaction(withDigests ? [...stores, DIGESTS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ANNOTATIONS) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (!hasDigests(req.trans)) return table.mutate(req);
            const digests: DBCoreTable = down.table(DIGESTS);
            const [result] = await Promise.all([table.mutate(req), digests.mutate(mirror(req))]);
            return result;
          },
        };
      },
    };
  },
};
