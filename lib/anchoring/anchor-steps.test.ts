// @vitest-environment happy-dom
// anchorAllSteps: the same ranges as anchorAll, with pauses while the body's text is walked and
// between annotations; a page that changes during the pass is anchored again as it is at the end.
// Pauses are counted by stepping the pass by hand, never by the clock.
import { describe as group, expect, it } from 'vitest';
import type { Selector } from '../model';
import { STEP_NODES, type Steps } from '../dom/steps';
import { anchorAll, anchorAllSteps } from './anchor';
import { describe } from './describe';
import { anchoringTextMap } from './text-model';

function stepThrough<T>(steps: Steps<T>, atPause: (n: number) => void = () => undefined): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    atPause(++pauses);
  }
}

function blog(posts: number): HTMLElement {
  const root = document.body;
  root.replaceChildren();
  for (let i = 0; i < posts; i++) {
    const s = document.createElement('section');
    const p = document.createElement('p');
    p.append(`Update ${i}: the minister `, Object.assign(document.createElement('em'), { textContent: 'said' }), ` the bridge reopens (${i}).`);
    s.append(p);
    root.append(s);
  }
  return root;
}

/** Selectors for the words `words` in post `i`. */
function selectorsFor(root: HTMLElement, i: number, words: string): Selector[] {
  const map = anchoringTextMap(root);
  const at = map.text.indexOf(words, map.text.indexOf(`Update ${i}:`));
  const r = document.createRange();
  const text = map.nodes.find((n, k) => map.starts[k]! <= at && at + words.length <= map.starts[k]! + n.data.length)!;
  const off = at - map.starts[map.nodes.indexOf(text)]!;
  r.setStart(text, off);
  r.setEnd(text, off + words.length);
  return describe(root, r);
}

const texts = (ranges: (Range | null)[]) => ranges.map((r) => (r ? r.toString() : null));
const points = (ranges: (Range | null)[]) => ranges.map((r) => (r ? [r.startContainer, r.startOffset, r.endContainer, r.endOffset] : null));

group('anchorAllSteps', () => {
  it('pauses while walking a long body and between annotations, and anchors exactly as anchorAll', () => {
    const root = blog(200);
    const list = [selectorsFor(root, 3, 'the bridge reopens (3)'), selectorsFor(root, 150, 'the minister'), [{ type: 'TextQuoteSelector', exact: 'no such words anywhere' } as Selector]];
    const { value, pauses } = stepThrough(anchorAllSteps(root, list));
    // 200 posts: 200 × (section, p, em) elements and 600 text nodes, a pause every STEP_NODES of them, and one per annotation.
    expect(pauses).toBeGreaterThanOrEqual(1200 / STEP_NODES + list.length);
    expect(texts(value)).toEqual(['the bridge reopens (3)', 'the minister', null]);
    expect(points(value)).toEqual(points(anchorAll(root, list)));
  });

  it('a page that changes during the pass is anchored as it is at the end, never on the old offsets', () => {
    const root = blog(100);
    const list = [selectorsFor(root, 60, 'the bridge reopens (60)'), selectorsFor(root, 20, 'the minister')];
    const post60 = root.children[60]!.querySelector('p')!.lastChild as Text;
    // The page rewrites post 60 at the last pause, once the walk is over (the map holds its old text).
    const total = stepThrough(anchorAllSteps(root, list)).pauses;
    const { value } = stepThrough(anchorAllSteps(root, list), (n) => {
      if (n === total) post60.data = ' the bridge is closed (60).';
    });
    const now = anchorAll(root, list);
    expect(points(value)).toEqual(points(now));
    expect(texts(value)[0]).not.toBe('the bridge is closed (6'); // the old offsets in the new text
    expect(texts(value)[1]).toBe('the minister');
  });
});
