// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isClutter } from './clutter';

/** Parses `html` into a container and returns the first element matching `selector`. */
function pick(html: string, selector: string): Element {
  const box = document.createElement('div');
  box.innerHTML = html; // test markup
  return box.querySelector(selector)!;
}

describe('isClutter', () => {
  it.each(['script', 'style', 'noscript', 'template', 'iframe', 'button', 'select', 'textarea', 'figure', 'figcaption', 'aside', 'nav', 'footer'])(
    '<%s> is clutter',
    (tag) => {
      expect(isClutter(document.createElement(tag))).toBe(true);
    },
  );

  it('skips hidden, aria-hidden, display:none, editors and Claimlight UI', () => {
    expect(isClutter(pick('<p hidden>x</p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p aria-hidden="true">x</p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p style="color:red; display: none">x</p>', 'p'))).toBe(true);
    expect(isClutter(pick('<div contenteditable="true">x</div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div contenteditable>x</div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div data-claimlight-ui>x</div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div role="dialog" aria-label="Cookies">We use cookies</div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div contenteditable="false">x</div>', 'div'))).toBe(false);
    expect(isClutter(pick('<p aria-hidden="false">x</p>', 'p'))).toBe(false);
  });

  it('keeps a header with the headline, skips a header with only byline/meta', () => {
    expect(isClutter(pick('<header><h1>Headline</h1><p class="byline">By A</p></header>', 'header'))).toBe(false);
    expect(isClutter(pick('<header><time>10:32</time></header>', 'header'))).toBe(true);
    expect(isClutter(pick('<header><span>By Jane Doe</span></header>', 'header'))).toBe(true);
  });

  it('skips ads, share bars, newsletters, comments by class, but never a container holding the article', () => {
    expect(isClutter(pick('<div class="ad-slot">Advertisement</div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div class="share-bar"><a href="#">Share</a></div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div id="comments"><p>My view on this long story.</p></div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div class="promo-wrapper"><h1>Title</h1><p>Text</p></div>', 'div'))).toBe(false);
    expect(isClutter(pick('<div class="related" itemprop="articleBody"><p>Text</p></div>', 'div'))).toBe(false);
    expect(isClutter(pick('<div class="layout--has-sidebar"><main><p>Text</p></main></div>', 'div'))).toBe(false);
  });

  it('skips hinted inline elements on their own line, not inside a sentence', () => {
    expect(isClutter(pick('<p>Said <a class="author-link" href="/a">Ana Ruiz</a> on Monday.</p>', 'a'))).toBe(false);
    expect(isClutter(pick('<p>Text <span class="promo">Acme</span> text.</p>', 'span'))).toBe(false);
    expect(isClutter(pick('<div><span class="byline">By Ana Ruiz</span><p>Text.</p></div>', 'span'))).toBe(true);
    expect(isClutter(pick('<div><p>Text.</p><ins class="adsbygoogle"></ins></div>', 'ins'))).toBe(true);
    expect(isClutter(pick('<p>Read <a href="/r">the report<span class="sr-only"> (opens in new tab)</span></a> now.</p>', 'span'))).toBe(true);
  });

  it('skips link lists and "Read more" lines but not paragraphs with a few links', () => {
    expect(isClutter(pick('<ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul>', 'ul'))).toBe(true);
    expect(isClutter(pick('<p><strong>Read more:</strong> <a href="/x">How it started</a></p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p>More on this story: <a href="/x">Timeline</a></p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p>The minister <a href="/m">Tom Alder</a> said the clinics would stay open until March.</p>', 'p'))).toBe(false);
    expect(isClutter(pick('<ul><li>First point of the plan</li><li>Second point, see <a href="/r">report</a></li></ul>', 'ul'))).toBe(false);
  });

  it('skips label headings', () => {
    expect(isClutter(pick('<h2>Related</h2>', 'h2'))).toBe(true);
    expect(isClutter(pick('<h2>More on this story</h2>', 'h2'))).toBe(true);
    expect(isClutter(pick('<h2>Comments (12)</h2>', 'h2'))).toBe(true);
    expect(isClutter(pick('<h2>Related costs are rising</h2>', 'h2'))).toBe(false);
  });

  it('skips bylines, datelines and standalone timestamps, keeps dates inside sentences', () => {
    expect(isClutter(pick('<p>By Jane Doe, Health correspondent</p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p>Updated <time>3 March 2025</time></p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p>By Jane Doe · <time>3 March 2025</time></p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p>By Tuesday the talks had collapsed.</p>', 'p'))).toBe(false);
    expect(isClutter(pick('<p>On <time>Tuesday</time>, he resigned.</p>', 'p'))).toBe(false);
    expect(isClutter(pick('<p>On <time>Tuesday</time>, he resigned.</p>', 'time'))).toBe(false);
    expect(isClutter(pick('<p>On <span><time>Tuesday</time></span> he resigned.</p>', 'time'))).toBe(false);
    expect(isClutter(pick('<div class="entry"><time>10:32</time><p>Polls have closed.</p></div>', 'time'))).toBe(true);
  });

  it('skips a newsletter pitch without a class', () => {
    expect(isClutter(pick('<div><p>Sign up to our morning newsletter for the day’s top stories.</p></div>', 'p'))).toBe(true);
  });

  it('keeps ordinary article elements', () => {
    for (const [html, sel] of [
      ['<p>Plain paragraph of the story.</p>', 'p'],
      ['<blockquote><p>Quoted words.</p></blockquote>', 'blockquote'],
      ['<h2 class="heading">What happens next</h2>', 'h2'],
      ['<p>Text with <em>emphasis</em>.</p>', 'em'],
      ['<div class="story-body"><p>Text</p></div>', 'div'],
    ] as const) {
      expect(isClutter(pick(html, sel)), html).toBe(false);
    }
  });
});
