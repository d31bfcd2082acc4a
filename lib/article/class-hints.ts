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

const CATEGORIES: ReadonlyArray<readonly [HintCategory, RegExp]> = [
  ['ad', words(
    'ad|ads|advert|adverts|advertisement|advertisements|advertising|adslot|adslots|adunit|adunits|adsbygoogle|' +
    'adsense|adbox|adcontainer|adwrapper|dfp|gpt-ad|doubleclick|sponsor|sponsors|sponsored|promo|promos|promoted|' +
    'native-ad|mpu|outbrain|taboola|ads?\\d+[a-z0-9]*',
  )],
  ['share', words(
    'share|shares|sharing|sharebar|share-bar|share-tools|social|social-links|social-share|addthis|sharethis',
  )],
  ['newsletter', words('newsletter|newsletters|signup|sign-up|subscribe|subscription|email-signup')],
  ['related', words(
    'related|recommended|recommendations|recirculation|more-stories|read-more|readmore|read-next|more-on|' +
    'most-read|mostread|most-popular|popular|trending|also-read|see-also|rail|sidebar|side-bar|' +
    'relatedposts|related-posts|relatedarticles|relatedstories|more-news|morenews|breaking-news|marquee',
  )],
  ['comments', words('comment|comments|commenting|disqus|discussion|replies|coral-talk')],
  ['meta', words(
    'byline|bylines|dateline|author|authors|author-bio|contributor|article-meta|meta|timestamp|date|pubdate|' +
    'published|reading-time|read-time|tags|tag-list|breadcrumb|breadcrumbs|pagination|pager',
  )],
  ['caption', words('caption|captions|credit|credits|image-credit|pull-quote|pullquote')],
  ['consent', words('cookie|cookies|cookie-banner|consent|gdpr|cmp|onetrust|didomi|truste')],
  ['chrome', words('nav|navigation|menu|footer|toolbar|skip-link|modal|popup|lightbox|print-only')],
  ['hidden', words('sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|offscreen')],
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
  const forAds = text.replace(NOT_AN_AD, ' ');
  for (const [category, re] of CATEGORIES) {
    if (re.test(category === 'ad' ? forAds : text)) return category;
  }
  return null;
}
