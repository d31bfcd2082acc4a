import { expect, it } from 'vitest';
import type { Block } from '../model';
import { check } from '../schema/validate';
import { decodeBlocks, encodeBlocks, encodedBlocks } from './blocks';

it('round-trips blocks through one string', () => {
  const blocks: Block[] = [
    { type: 'heading', start: 0, end: 12 },
    { type: 'paragraph', start: 14, end: 140 },
    { type: 'blockquote', start: 142, end: 142 },
    { type: 'listitem', start: 144, end: 200 },
  ];
  const text = encodeBlocks(blocks);
  expect(text).toBe('h0,12 p14,140 q142,142 l144,200');
  expect(check(encodedBlocks(10), text)).toEqual({ ok: true, value: text });
  expect(decodeBlocks(text)).toEqual(blocks);
  expect(decodeBlocks(encodeBlocks([]))).toEqual([]);
});

it.each([
  ['an unknown type', 'x0,1', /blocks\[0\]: expected a block like "p0,120", got "x0,1"/],
  ['end before start', 'p0,1 p9,3', /blocks\[1\]: expected a block/],
  ['a negative offset', 'p-1,3', /blocks\[0\]/],
  ['two spaces', 'p0,1  p2,3', /blocks\[1\]/],
  ['too many', 'p0,1 p1,2 p2,3 p3,4', /has 4 blocks; the limit is 3/],
  ['not a string', 5, /expected a string, got a number/],
])('refuses %s', (_name, value, re) => {
  const r = check(encodedBlocks(3), value, 'blocks');
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error).toMatch(re);
});
