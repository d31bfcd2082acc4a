// Clutter recognised by the words in an element's class, id and custom-element name.
// Words are matched whole: "header-ad", "adSlot" and "ad_300x250" are ads; "heading", "shadow",
// "address" and "load" are not.

/** Normalised "class id tag" string: camelCase split, lower-case, so words are separated by non-alphanumerics. */
export function hintText(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const tag = el.localName.includes('-') ? el.localName : '';
  if (!cls && !id && !tag) return '';
  return `${cls} ${id} ${tag}`.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function words(alternatives: string): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${alternatives})(?=$|[^a-z0-9])`);
}

/**
 * Embedded posts quoted by the story (a tweet, an Instagram post): their text is what someone said, so they
 * are never clutter even inside a wrapper named "social".
 */
const EMBED = words('twitter-tweet|instagram-media|tiktok-embed|fb-post|social-embed|embedded-tweet|tweet-embed');


/** Phrases that contain an ad word but say there is no ad. */
const NOT_AN_AD = new RegExp(words('no-?ads?|ads?-?free|adless').source, 'g');

export type HintCategory =
  | 'ad' | 'share' | 'newsletter' | 'related' | 'comments' | 'meta' | 'caption' | 'consent' | 'chrome' | 'hidden';

// Compound names need no entry of their own when a listed word stands in them ("share-bar", "author-bio").
const CATEGORIES: ReadonlyArray<readonly [HintCategory, RegExp]> = [
  ['ad', words(
    'ads?|adverts?|advertisements?|advertising|ad(slot|unit)s?|adsbygoogle|adsense|adbox|adcontainer|adwrapper|dfp|' +
    'doubleclick|sponsors?|sponsored|promos?|promoted|mpu|outbrain|taboola|ads?\\d+[a-z0-9]*',
  )],
  ['share', words('shares?|sharing|sharebar|share-tools|social|addthis|sharethis')],
  ['newsletter', words('newsletters?|signup|sign-up|subscribe|subscription')],
  ['related', words(
    'related|recommended|recommendations|recirculation|more-stories|read-?more|read-next|more-on|most-read|mostread|' +
    'popular|trending|also-read|see-also|rail|side-?bar|related(posts|articles|stories)|more-?news|breaking-news|marquee',
  )],
  ['comments', words('comments?|commenting|disqus|discussion|replies|coral-talk')],
  ['meta', words(
    'bylines?|dateline|authors?|contributor|meta|timestamp|date|pubdate|published|read(ing)?-time|tags|tag-list|' +
    'breadcrumbs?|pagination|pager|ratings?|star-rating|review-score',
  )],
  ['caption', words('captions?|credits?|pull-?quote')],
  ['consent', words('cookies?|consent|gdpr|cmp|onetrust|didomi|truste')],
  ['chrome', words('nav|navigation|menu|footer|toolbar|skip-link|modal|popup|lightbox|print-only')],
  ['hidden', words('sr-only|visually-?hidden|screen-?reader-(text|only)|offscreen')],
];

/** Class names that hide an element outright (but not responsive variants such as "hidden-xs"). */
const HIDING_CLASSES: ReadonlySet<string> = new Set(['hidden', 'is-hidden', 'u-hidden', 'd-none', 'hide', 'display-none']);

/** The clutter category an element's class/id/tag name points to, or null. */
export function hintCategory(el: Element): HintCategory | null {
  const text = hintText(el);
  if (!text) return null;
  const cls = el.getAttribute('class');
  if (cls) for (const c of cls.split(/\s+/)) if (HIDING_CLASSES.has(c)) return 'hidden';
  if (EMBED.test(text)) return null;
  for (const [category, re] of CATEGORIES) {
    if (re.test(category === 'ad' ? text.replace(NOT_AN_AD, ' ') : text)) return category;
  }
  return null;
}
