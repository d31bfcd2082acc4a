// A random id in UUID v4 form that works everywhere a content script runs. crypto.randomUUID()
// exists only in secure contexts (https, localhost): on a plain-http page the content script's world
// is not one, and every note editor failed to open. crypto.getRandomValues() has no such limit.

export function randomId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
