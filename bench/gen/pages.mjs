// Generated test pages: a large live blog and a long plain article. Text is HTML-escaped.
import { prng } from '../lib/stats.mjs';
import { headline, paragraph } from './sentences.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const head = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
  `<meta property="og:type" content="article"><style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:auto}</style></head>`;

/** A live blog: `posts` posts of a heading and two paragraphs (2 × posts paragraphs), with share links and times. */
export function liveBlogHtml(posts, seed = 7) {
  const rand = prng(seed);
  const parts = [head('Live: storm recovery, day three'), '<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>',
    '<main><article><h1>Live: storm recovery, day three</h1><p class="byline">By Staff Reporters</p>'];
  for (let i = 0; i < posts; i++) {
    const hh = String(23 - Math.floor((i / posts) * 23)).padStart(2, '0');
    parts.push(
      `<section class="live-post" id="post-${i}"><time datetime="2025-03-0${1 + (i % 9)}T${hh}:00">${hh}:${String(i % 60).padStart(2, '0')}</time>` +
        `<h2>Update ${i}: ${esc(headline(rand))}</h2><p>${esc(paragraph(rand, 1, 2))}</p><p>${esc(paragraph(rand, 1, 1))}</p>` +
        `<footer><a href="#post-${i}">Share this post</a></footer></section>\n`,
    );
  }
  parts.push('</article></main><footer><p>© News Example</p></footer></body></html>');
  return parts.join('');
}

/** A long article of plain paragraphs (no clutter) of about `chars` characters of text. */
export function longArticleHtml(chars, seed = 11) {
  const rand = prng(seed);
  const parts = [head('A long report'), '<body><article id="bench-root"><h1>A long report</h1>\n'];
  let n = 0;
  while (n < chars) {
    const p = paragraph(rand, 3, 5);
    n += p.length;
    // Some inline markup, so annotations cross element boundaries as on real pages.
    const withMarkup = esc(p).replace(/(\d[\d,]*)/, '<b>$1</b>').replace(/ (said|told) /, ' <em>$1</em> ');
    parts.push(`<p>${withMarkup}</p>\n`);
  }
  parts.push('</article></body></html>');
  return parts.join('');
}
