import { afterEach, expect, it, vi } from 'vitest';
import { isSessionId } from './messaging/fields';
import { randomId } from './random-id';

afterEach(() => vi.unstubAllGlobals());

it('makes distinct UUID v4 strings that are valid note-editor session ids', () => {
  const ids = new Set(Array.from({ length: 1000 }, randomId));
  expect(ids.size).toBe(1000);
  for (const id of ids) {
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isSessionId(id)).toBe(true);
  }
});

it('needs no secure context: works where crypto.randomUUID does not exist (plain-http pages)', () => {
  const { getRandomValues } = crypto;
  vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) });
  expect(typeof (crypto as { randomUUID?: unknown }).randomUUID).toBe('undefined');
  expect(isSessionId(randomId())).toBe(true);
});
