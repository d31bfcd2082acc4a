// @vitest-environment happy-dom
// The article passes pause often enough on a slow CPU: no stretch between two pause points may look
// at more than STEP_NODES of the things that cost (elements the clutter rules read, <article>s). The
// number of pauses is counted by stepping the generators by hand, never by the clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runNow, STEP_NODES, type Steps } from '../dom/steps';
import { measureContentSteps } from './content-weights';
import { assessArticleSteps } from './looks-like';
import { extractArticleSteps } from './extract';

afterEach(() => vi.restoreAllMocks());

/** Runs a pass by hand, calling `atPause` at each pause point; returns its result. */
function stepThrough<T>(steps: Steps<T>, atPause: () => void): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    atPause();
  }
}

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const para = (i: number) => `<p>Update ${i}: the minister said the bridge would reopen in spring, officials confirmed on Tuesday.</p>`;

describe('measuring the page pauses', () => {
  it('inside a long run of elements with no text between them', () => {
    // 400 empty wrappers (icons, spacers) before the story: one nextNode() used to cross them all.
    const doc = page(`<div>${'<span class="icon"><i></i></span>'.repeat(400)}</div><main>${[0, 1, 2, 3].map(para).join('')}</main>`);
    let pauses = 0;
    const w = stepThrough(measureContentSteps(doc.body), () => pauses++);
    // 800 elements: a pause at least every STEP_NODES of them.
    expect(pauses).toBeGreaterThanOrEqual(800 / STEP_NODES);
    // ...and the same measurements as a run without pauses.
    const again = runNow(measureContentSteps(doc.body));
    const main = doc.querySelector('main')!;
    expect(w.stats(main)).toEqual(again.stats(main));
    expect(w.stats(doc.body)).toEqual(again.stats(doc.body));
  });
});

describe('choosing the root on a live blog pauses', () => {
  it('between <article>s while looking for the outer one', () => {
    const posts = Array.from({ length: 300 }, (_, i) => `<article><h2>Post ${i}</h2>${para(i)}${para(i + 1000)}</article>`).join('');
    const doc = page(`<h1>Live: the bridge</h1><section class="feed">${posts}</section>`);
    // closest('article') is asked once per <article> while choosing (outerArticle): count the asks
    // between two pauses.
    let sinceLastPause = 0;
    let most = 0;
    const closest = Element.prototype.closest;
    vi.spyOn(Element.prototype, 'closest').mockImplementation(function (this: Element, sel: string) {
      if (sel === 'article') most = Math.max(most, ++sinceLastPause);
      return closest.call(this, sel);
    });
    const found = stepThrough(assessArticleSteps(doc), () => (sinceLastPause = 0));
    expect(most).toBeGreaterThan(0); // the outer-<article> pass ran
    expect(most).toBeLessThanOrEqual(STEP_NODES);
    vi.restoreAllMocks();
    // The same answer as at once.
    expect(found).toEqual(runNow(assessArticleSteps(doc)));
    expect(found.isArticle).toBe(true);
    const ex = runNow(extractArticleSteps(doc, found.root));
    expect(ex!.input.text).toContain('Update 299:');
  });
});
