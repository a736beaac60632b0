// Draws the add-in icon (blue rounded square, three white bars, a check mark) as PNGs in assets/.
// Usage: node scripts/make-icons.mjs   — no dependencies beyond node's zlib.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80];
const BLUE = [31, 100, 168]; // calm blue, #1F64A8
const WHITE = [255, 255, 255];
const SAMPLES = 8; // supersampling per axis

// ---- geometry, in units of the icon (0..1), y pointing down ----

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Bars snapped to whole pixels so they stay crisp at 16 px. */
function barsFor(size) {
  const snap = (u) => Math.round(u * size) / size;
  const baseline = snap(0.8);
  return [
    { left: 0.2, right: 0.34, top: 0.58 },
    { left: 0.43, right: 0.57, top: 0.44 },
    { left: 0.66, right: 0.8, top: 0.28 },
  ].map((bar) => ({ left: snap(bar.left), right: snap(bar.right), top: snap(bar.top), bottom: baseline }));
}

const CHECK = [
  [0.17, 0.33],
  [0.27, 0.43],
  [0.47, 0.2],
];

function colourAt(x, y, size, bars) {
  const radius = size <= 16 ? 0.19 : 0.17;
  if (!insideRoundedSquare(x, y, radius)) return null;
  const onBar = bars.some((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom);
  const halfStroke = Math.max(0.055, 0.9 / size);
  const onCheck =
    distanceToSegment(x, y, CHECK[0], CHECK[1]) <= halfStroke || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= halfStroke;
  return onBar || onCheck ? WHITE : BLUE;
}

function render(size) {
  const bars = barsFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size, bars);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
      }
      rgba[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

// ---- PNG encoding ----

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
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter: none
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
