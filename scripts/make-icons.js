// Draws the add-in's icons (assets/icon-16.png ... icon-80.png): a green rounded square with
// three rising white bars. Run `node scripts/make-icons.js` after changing the design.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function icon(size) {
  const radius = size * 0.18;
  const green = [16, 124, 65, 255];
  const white = [255, 255, 255, 255];
  const clear = [0, 0, 0, 0];
  const bars = [
    { x0: 0.2, x1: 0.34, top: 0.56 },
    { x0: 0.43, x1: 0.57, top: 0.4 },
    { x0: 0.66, x1: 0.8, top: 0.22 },
  ];
  return encodePng(size, (px, py) => {
    const x = (px + 0.5) / size;
    const y = (py + 0.5) / size;
    const dx = Math.max(radius / size - x, 0, x - (1 - radius / size));
    const dy = Math.max(radius / size - y, 0, y - (1 - radius / size));
    if (Math.hypot(dx, dy) > radius / size) return clear;
    const onBar = bars.some((bar) => x >= bar.x0 && x <= bar.x1 && y >= bar.top && y <= 0.8);
    return onBar ? white : green;
  });
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(out, `icon-${size}.png`), icon(size));
console.log(`icons written to ${out}`);
