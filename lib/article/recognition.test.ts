// @vitest-environment happy-dom
// The recognition and extraction rules added for issue #17, one test each (pages built from the pattern).
import { describe, expect, it } from 'vitest';
import { parsePage } from './fixtures/load';
import { assessArticle, extractArticle } from './index';
import { isClutter } from './clutter';

const LONG = [
  'The regional transport authority confirmed on Thursday that the new timetable would begin in September, after a consultation that drew more than four thousand responses.',
  'Councillors on the transport committee said the changes would cut waiting times at the busiest stops, although some rural routes will run less often than they do today.',
  'The authority said it would review the timetable after six months and publish the figures for every route, including how many journeys ran late or were cancelled.',
  'Passenger groups welcomed the review but warned that the cuts to evening services would leave shift workers without a way home after ten o’clock at night.',
];
const paras = (tag = 'p') => LONG.map((t, i) => `<${tag}>${t} ${LONG[(i + 1) % 4]}</${tag}>`).join('');
const page = (head: string, body: string) => parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const text = (doc: Document) => {
  const { isArticle, root } = assessArticle(doc);
  return { isArticle, text: isArticle ? (extractArticle(doc, root)?.input.text ?? '') : '' };
};

describe('recognition: hints are evidence, not a veto', () => {
  it('takes back an article wrapper whose class reads as clutter when it holds the main text', () => {
    const r = text(page('', `<div class="l-sidebar-fixed"><h1>Timetable</h1>${paras()}</div><div class="sidebar"><p>Popular: ${LONG[0]}</p></div>`));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('four thousand responses');
    expect(r.text).not.toContain('Popular:');
  });

  it('reads a page wrapped in a <form>', () => {
    const r = text(page('', `<form id="aspnetForm"><input type="hidden" name="v"><h1>Timetable</h1>${paras()}</form>`));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('shift workers');
  });

  it('reads a page wrapped in a <form> that also holds the site\'s headline lists', () => {
    // An ASP.NET page: the whole page, navigation teasers included, sits in one <form>.
    const teasers = [1, 2, 3, 4, 5, 6].map((i) => `<div><h3><a href="/s/${i}">Another story ${i}</a></h3><p>${LONG[i % 4]!.slice(0, 60)}</p></div>`).join('');
    const r = text(page('<meta property="og:type" content="article">', `<form id="aspnetForm"><div class="top">${teasers}</div><div class="content"><h1>Timetable</h1><div class="zoom">${[...LONG, ...LONG].join('<br><br>')}</div></div></form>`));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('more than four thousand responses');
  });

  it('never takes back a comments section, however long', () => {
    const comments = `<div id="comments">${LONG.concat(LONG).map((t) => `<div class="comment"><p>${t}</p></div>`).join('')}</div>`;
    const r = text(page('<meta property="og:type" content="article">', `<article><h1>Timetable</h1><p>${LONG[0]}</p><p>${LONG[1]}</p></article>${comments}`));
    expect(r.isArticle).toBe(true);
    expect(r.text.split(LONG[2]!).length).toBe(1);
  });

  it('counts paragraphs split by <br> in one block', () => {
    const r = text(page('', `<div id="main"><div class="title">Timetable</div><div>${LONG.map((t, i) => t + ' ' + LONG[(i + 1) % 4]).join('<br><br>')}</div></div>`));
    expect(r.isArticle).toBe(true);
  });

  it('a short story of short paras in an <article>, with no metadata, is an article (as Readability counts the <article>)', () => {
    const short = [...LONG, ...LONG].map((t, i) => `<p>${t.slice(0, 90 + i)}.</p>`).join('');
    expect(text(page('', `<article><h1>Timetable</h1>${short}</article>`)).isArticle).toBe(true);
    expect(text(page('', `<div><h1>Timetable</h1>${short}</div>`)).isArticle).toBe(false);
  });

  it('a Chinese story of ordinary length, with no metadata, is an article', () => {
    const sentence = '市政府周四表示，新的公交时刻表将于九月开始实行，此前的公众咨询收到了四千多份意见。';
    const r = text(page('', `<div id="story"><h1>公交时刻表</h1>${[1, 2, 3, 4].map(() => `<p>${sentence}${sentence}</p>`).join('')}</div>`));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('四千多份意见');
  });

  it('reads paragraphs as <div>s with no <p>, <article> or metadata', () => {
    expect(text(page('', `<div class="wrap"><div class="text">${paras('div')}</div></div>`)).isArticle).toBe(true);
  });
});

describe('recognition: listings and nested teasers', () => {
  const card = (i: number) => `<div class="card"><h3><a href="/s/${i}">Another story number ${i} that links away</a></h3><p>${LONG[i % 4]!.slice(0, 120)}</p></div>`;

  it('a related box inside the story does not make it a listing', () => {
    const r = text(page('<meta property="og:type" content="article">', `<article><h1>Timetable</h1><div class="body">${paras()}${paras()}</div><div>${[1, 2, 3, 4, 5, 6].map(card).join('')}</div></article>`));
    expect(r.isArticle).toBe(true);
  });

  it('a short story with a related-headlines box between its paragraphs is not a listing', () => {
    // Four linked headlines with a line each, set between the paras of a three-paragraph story: no single
    // element holds most of the story's text, but the story reads on across the box.
    const related = `<div class="box">${[1, 2, 3, 4].map((i) => `<h3><a href="/s/${i}">Another story number ${i}</a></h3><p>${LONG[i % 4]!.slice(0, 90)}</p>`).join('')}</div>`;
    const doc = page('<meta property="og:type" content="article">', `<div id="story"><h1>Timetable</h1><p>${LONG[0]} ${LONG[3]}</p>${related}<p>${LONG[1]}</p><p>${LONG[2]}</p></div>`);
    expect(text(doc).isArticle).toBe(true);
  });

  it('a flat list of headlines with their excerpts is still a listing', () => {
    const flat = [1, 2, 3, 4, 5, 6].map((i) => `<h2><a href="/s/${i}">Another story number ${i}</a></h2><p>${LONG[i % 4]}</p>`).join('');
    expect(text(page('', `<div id="results">${flat}</div>`)).isArticle).toBe(false);
    const rows = [0, 1, 2].map((r) => `<div class="row">${[1, 2, 3].map((i) => `<div class="card"><h3><a href="/s/${r}${i}">Story ${r}${i}</a></h3><p>${LONG[i % 4]}</p></div>`).join('')}</div>`).join('');
    expect(text(page('', `<main>${rows}</main>`)).isArticle).toBe(false);
  });

  it('teaser cards inside the article root, beside or inside the body, are not extracted', () => {
    const cards = (from: number) => [from, from + 1, from + 2].map(card).join('');
    const r = text(page('', `<article><h1>Timetable</h1><div class="body">${paras()}<div class="box">${cards(1)}</div>${paras()}${paras()}</div><div class="more-in-section">${cards(4)}</div></article>`));
    expect(r.isArticle).toBe(true);
    expect(r.text).not.toContain('Another story number');
    // Cards 1 and 5 quote the start of this sentence; the story's paras hold it six times.
    expect(r.text.match(/Councillors on the transport committee/g)).toHaveLength(6);
  });

  it("linked subheadings with a story's worth of text under each, or only two teasers, stay in the text", () => {
    const item = (i: number) => `<h2><a href="/p/${i}">Route ${i} timetable</a></h2><p>${LONG.join(' ')}</p>`;
    const listicle = text(page('', `<article><h1>Timetable</h1><div class="body">${paras()}${paras()}<div class="list">${[1, 2, 3].map(item).join('')}</div></div></article>`));
    expect(listicle.text).toContain('Route 3 timetable');
    const two = text(page('', `<article><h1>Timetable</h1><div class="body">${paras()}<div class="box">${card(1)}${card(2)}</div></div></article>`));
    expect(two.text).toContain('Another story number 2');
  });

  it('a teaser grid with no run of text of its own is a listing', () => {
    expect(text(page('<meta property="og:type" content="article">', `<main>${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(card).join('')}</main>`)).isArticle).toBe(false);
  });

  it('chooses a short real post over an <article> of nested teaser <article>s', () => {
    const teasers = [1, 2, 3, 4, 5, 6].map((i) => `<article class="post"><p>Teaser ${i}: ${LONG[i % 4]}</p></article>`).join('');
    const r = text(page('<meta property="og:type" content="article">', `<article class="post"><h1>Timetable</h1><p>${LONG[0]}</p><p>${LONG[1]}</p></article><article class="post">${teasers}</article>`));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('four thousand responses');
    expect(r.text).not.toContain('Teaser');
  });
});

describe('recognition: what the page says it is', () => {
  it('one microformats hentry declares an article (a short post is enough)', () => {
    expect(text(page('', `<div class="hentry"><h1>Timetable</h1><p>${LONG[0]}</p><p>${LONG[1]}</p></div>`)).isArticle).toBe(true);
    expect(text(page('', `<div><h1>Timetable</h1><p>${LONG[0]}</p><p>${LONG[1]}</p></div>`)).isArticle).toBe(false);
  });

  it('og:type product/object and schema.org forum posts are not articles', () => {
    expect(text(page('<meta property="og:type" content="product">', `<main><h1>Kit</h1>${paras()}</main>`)).isArticle).toBe(false);
    expect(text(page('<meta property="og:type" content="object">', `<main><h1>Repo</h1>${paras()}</main>`)).isArticle).toBe(false);
    const ld = '<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script>';
    expect(text(page(ld, `<main><h1>Thread</h1>${paras()}</main>`)).isArticle).toBe(false);
  });
});

describe('extraction: around the story, not the story', () => {
  const pick = (html: string, selector: string) => {
    const box = document.createElement('div');
    box.innerHTML = html; // test markup
    return box.querySelector(selector)!;
  };

  it('keeps embedded tweets (also inside a <figure>)', () => {
    expect(isClutter(pick('<blockquote class="twitter-tweet"><p>“We will rebuild,” she said.</p></blockquote>', 'blockquote'))).toBe(false);
    expect(isClutter(pick('<figure class="embed"><blockquote class="twitter-tweet"><p>Text</p></blockquote></figure>', 'figure'))).toBe(false);
    expect(isClutter(pick('<figure><img src="x.jpg"><figcaption>A photo</figcaption></figure>', 'figure'))).toBe(true);
  });

  it('skips teaser items (linked headline, excerpt cut off with …) but not a sentence that opens with a link', () => {
    expect(isClutter(pick('<ul><li><a href="/a">Headline</a> <span>WASHINGTON: The excerpt of another story that was cut…</span></li></ul>', 'li'))).toBe(true);
    expect(isClutter(pick('<p><a href="/r">According to the review</a>, the service does not run in 4K. Google confirmed this…</p>', 'p'))).toBe(false);
  });

  it('skips photo captions, appeals, datelines written as text and bare URLs', () => {
    expect(isClutter(pick('<p>In this Dec. 12, 2006, file photo, astronauts work on the station.</p>', 'p'))).toBe(true);
    expect(isClutter(pick('<p>If you value our journalism, please support us today.</p>', 'p'))).toBe(true);
    expect(isClutter(pick('<div>Updated 11:21 pm CST, Tuesday, November 19, 2019</div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div>https://www.example.com/news/article/Cat-found-14848175.php</div>', 'div'))).toBe(true);
    expect(isClutter(pick('<p>Support for the bill came from both parties, the speaker said on Monday.</p>', 'p'))).toBe(false);
  });

  it('skips rating boxes by class and "More news" headings', () => {
    expect(isClutter(pick('<div class="rating"><p>4 out of 5</p></div>', 'div'))).toBe(true);
    expect(isClutter(pick('<div><h2>More news</h2></div>', 'h2'))).toBe(true);
  });
});
