// Draws Claimlight's icon (a speech-mark on a highlighter stroke) as PNGs in public/icon/.
// Pure Node (zlib), so no image tools are needed. Run: node scripts/make-icons.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Shapes in unit coordinates.
const inRoundRect = (x, y, r) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
function pixel(x, y) {
  if (!inRoundRect(x, y, 0.2)) return [0, 0, 0, 0];
  // Highlighter stroke across the lower part.
  if (y > 0.6 && y < 0.78 && x > 0.14 && x < 0.86) return [255, 216, 102, 255];
  // Two quotation marks: dots with tails.
  const mark = (cx) => inCircle(x, y, cx, 0.38, 0.1) || (x > cx && x < cx + 0.08 && y > 0.38 && y < 0.52 && x - cx > (y - 0.38) * 0.5);
  if (mark(0.34) || mark(0.6)) return [255, 255, 255, 255];
  return [30, 64, 120, 255];
}
fs.mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) fs.writeFileSync(`public/icon/${size}.png`, png(size, pixel));
console.log('icons written to public/icon/');
