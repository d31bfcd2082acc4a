// The fact-check matcher's word data (rules as data): words that carry no claim, words that mean the
// same for a claim, words whose opposites make a different claim, and number words.

/** Function words and attribution: they say nothing about which claim is made. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of in on at to for from by with without about as into onto over under ' +
    'after before during between through against among within is are was were be been being am has have had having do does did doing will would ' +
    'shall should can could may might must it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine ' +
    'who whom whose which what when where why how so such very just also even still yet only own same other another each every all any some ' +
    'most more much many few both either neither s t don now ago say says said saying claim claims claimed claiming state states stated ' +
    'tell tells told report reports reported according accord mr mrs ms dr according up out off again further once ' +
    'suggest suggests suggested assert asserts asserted allege alleges alleged insist insists insisted post posts posted ' +
    'show shows showed shown video photo image viral social media online facebook twitter tiktok instagram x'
  ).split(/\s+/),
);

/** Explicit negators: a claim and its negation are different claims. */
export const NEGATORS = new Set(['not', 'no', 'never', "n't", 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot', 'without', 'refused', 'refuses', 'refuse']);

/** Words that mean the same in a claim: each group's words stand for its first (compared as stems). */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['encircled', 'surrounded', 'encircle', 'surround', 'encircling', 'surrounding', 'trapped'],
  ['troops', 'soldiers', 'servicemen'],
  ['killed', 'slain', 'slaughtered', 'kill'],
  ['increase', 'increased', 'rise', 'rose', 'risen', 'grow', 'grew', 'grown', 'climbed', 'soared', 'jumped', 'surged'],
  ['decrease', 'decreased', 'fall', 'fell', 'fallen', 'dropped', 'declined', 'plunged', 'shrink', 'shrank', 'slumped'],
  ['doubled', 'twice'],
  ['banned', 'prohibited', 'outlawed', 'ban'],
  ['buy', 'bought', 'purchased'],
  ['big', 'large', 'largest', 'biggest', 'bigger', 'larger'],
  ['vaccine', 'vaccines', 'jab', 'jabs', 'vaccinated', 'vaccination'],
  ['die', 'died', 'dead', 'death', 'deaths', 'dying'],
  ['migrants', 'immigrants', 'immigration', 'migration'],
  ['cost', 'costs', 'spend', 'spent', 'paid', 'pay'],
  ['children', 'child', 'kids'],
  ['stolen', 'rigged'],
  ['seized', 'captured'],
  ['ocean', 'oceans', 'sea', 'seas'],
  ['reached', 'hit', 'reach'],
  ['staged', 'faked', 'fake'],
];

/** Opposites: a review with one side and a sentence with only the other make different claims. */
export const OPPOSITES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['increase', 'doubled', 'tripled'], ['decrease', 'halved']],
  [['more', 'higher', 'greater', 'highest', 'up'], ['less', 'fewer', 'lower', 'least', 'lowest', 'down']],
  [['won', 'win', 'wins'], ['lost', 'lose', 'loses']],
  [['banned'], ['allowed', 'legal', 'permitted', 'legalised', 'legalized']],
  [['supports', 'supported', 'endorsed'], ['opposes', 'opposed', 'rejected']],
  [['men', 'man', 'male'], ['women', 'woman', 'female']],
  [['before'], ['after']],
  [['true'], ['false']],
];

/** Names written more than one way: folded to one before anything else is read. */
export const ALIASES: readonly [RegExp, string][] = [
  [/\bU\.S\.(?:A\.)?(?=\s|$|[,;:!?])/g, 'US'],
  [/\bUnited States(?: of America)?\b/g, 'US'],
  [/\bU\.K\.(?=\s|$|[,;:!?])/g, 'UK'],
  [/\bUnited Kingdom\b/g, 'UK'],
  [/\bE\.U\.(?=\s|$|[,;:!?])/g, 'EU'],
  [/\bEuropean Union\b/g, 'EU'],
];

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, k: 1e3 };
