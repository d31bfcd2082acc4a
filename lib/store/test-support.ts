// For tests only: a fresh in-memory database per test (fake-indexeddb), made the current one.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ClaimlightDb, useDb } from './db';

export function useFreshDb(): ClaimlightDb {
  const db = new ClaimlightDb(`claimlight-test-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
  useDb(db);
  return db;
}
