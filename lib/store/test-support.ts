// For tests only: a fresh in-memory database per test (fake-indexeddb), made the current one.
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ClaimlightDb, useDb } from './db';

// Dexie's live queries look at its global dependencies, which Node does not have.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

export function useFreshDb(): ClaimlightDb {
  const db = new ClaimlightDb(`claimlight-test-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
  useDb(db);
  return db;
}
