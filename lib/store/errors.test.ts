import { StoreError, guard, toStoreError } from './errors';

const named = (name: string, message = 'boom') => Object.assign(new Error(message), { name });

describe('toStoreError', () => {
  it.each([
    ['QuotaExceededError', 'quota', /^Browser storage is full: could not save\./],
    ['ConstraintError', 'conflict', /same key already exists/],
    ['DatabaseClosedError', 'unavailable', /not available/],
    ['MissingAPIError', 'unavailable', /not available/],
    ['TypeError', 'unknown', /Could not save: boom/],
  ])('%s → %s', (name, code, message) => {
    const e = toStoreError(named(name), 'save');
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('finds the cause inside a Dexie AbortError or BulkError', () => {
    const abort = Object.assign(named('AbortError'), { inner: named('QuotaExceededError') });
    expect(toStoreError(abort, 'import').code).toBe('quota');
    const bulk = Object.assign(named('BulkError'), { failures: [named('ConstraintError')] });
    expect(toStoreError(bulk, 'import').code).toBe('conflict');
  });

  it('keeps a StoreError as it is', () => {
    const e = new StoreError('not-found', 'gone');
    expect(toStoreError(e, 'x')).toBe(e);
  });
});

describe('guard', () => {
  it('rethrows failures as StoreError and passes results through', async () => {
    await expect(guard('write', async () => 7)).resolves.toBe(7);
    await expect(guard('write', () => Promise.reject(named('QuotaExceededError')))).rejects.toMatchObject({ code: 'quota' });
  });
});
