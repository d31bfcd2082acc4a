// The part of dom-anchor-text-quote the bench uses (the package ships no types).
declare module 'dom-anchor-text-quote' {
  export function toRange(root: Node, selector: { exact: string; prefix?: string; suffix?: string }, options?: { hint?: number }): Range | null;
}
