import { expect, it } from 'vitest';
import type { Finding } from './model';
import { findingIdsOf, findingKey } from './finding-ids';

const f = (kind: Finding['kind'], text: string): Finding => ({ kind, text, start: 0, end: text.length, reason: 'r', confidence: 1 });

it('gives the same finding the same id, and repeats of its words their occurrence', () => {
  const ids = findingIdsOf([f('quote', 'We will  not back down'), f('claim', 'Crime fell'), f('quote', 'we will not back down ')]);
  expect(ids[0]).toMatch(/^auto-quote-[0-9a-z]+$/);
  expect(ids[2]).toBe(`${ids[0]}-1`); // same words (spacing and case aside): the second occurrence
  expect(ids[1]).toMatch(/^auto-claim-/);
  expect(findingIdsOf([f('quote', 'We will not back down')])).toEqual([ids[0]]);
  expect(findingKey('quote', ' We  WILL\nnot back down')).toBe('quote|we will not back down');
});
