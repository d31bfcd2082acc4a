// How a long article's text is cut into "analysis/part" messages (./text-parts.ts sends them; the
// schemas in ./from-content.ts check them). On its own so that the content script's core and the
// message schemas take the numbers without the sender, and no module imports back into the contract.

/** Characters per part; a text at most this long goes in the "analysis/run" message itself. */
export const TEXT_PART = 200_000;
/** Most parts one analysis may send before its "analysis/run" (with the article limit of 20 M characters). */
export const MAX_TEXT_PARTS = 100;
