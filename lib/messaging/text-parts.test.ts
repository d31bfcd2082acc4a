import { describe, expect, it } from 'vitest';
import { TEXT_PART } from './part-limits';
import { splitText } from './text-parts';

describe('splitText', () => {
  it('keeps a text that fits in one message whole', () => {
    expect(splitText('short')).toEqual({ parts: [], last: 'short' });
    const exact = 'a'.repeat(TEXT_PART);
    expect(splitText(exact)).toEqual({ parts: [], last: exact });
  });

  it('cuts a long text into parts of at most TEXT_PART that join back exactly', () => {
    const text = 'word '.repeat(Math.ceil((2.5 * TEXT_PART) / 5));
    const { parts, last } = splitText(text);
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.length === TEXT_PART)).toBe(true);
    expect(parts.join('') + last).toBe(text);
    expect(last.length).toBeGreaterThan(0);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(20); // 40 UTF-16 units
    const { parts, last } = splitText(text, 7);
    expect(parts.join('') + last).toBe(text);
    for (const p of [...parts, last]) {
      expect(p.length).toBeLessThanOrEqual(7);
      expect(p.isWellFormed()).toBe(true);
    }
  });
});
