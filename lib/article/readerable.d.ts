// Types for the small, standalone half of @mozilla/readability (the package's index pulls in the
// whole Readability parser, ~45 kB minified, which the content script does not need).
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
