/**
 * Draws the add-in's icons (a grid with ticked cells) as PNGs at the sizes the manifest needs:
 * 16/32/80 for ribbon buttons (required by the schema's consumers), 64 (HighResolutionIconUrl)
 * and 128. Pure Node (zlib), 4x supersampling for smooth edges; deterministic bytes.
 * Run: npx tsx scripts/makeIcons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];

const BACKGROUND: Rgba = [15, 108, 92, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const TICK: Rgba = [15, 108, 92, 255];

/** Colour of the point (x, y) in a unit square [0,1]². */
function sample(x: number, y: number): Rgba | null {
  const r = 0.18;
  const inRounded = (px: number, py: number): boolean => {
    const cx = Math.min(Math.max(px, r), 1 - r);
    const cy = Math.min(Math.max(py, r), 1 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  if (!inRounded(x, y)) return null;
  // A 3x3 grid of white cells; the diagonal cells carry a tick mark.
  const margin = 0.16;
  const gap = 0.06;
  const cell = (1 - 2 * margin - 2 * gap) / 3;
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const x0 = margin + col * (cell + gap);
      const y0 = margin + row * (cell + gap);
      if (x >= x0 && x <= x0 + cell && y >= y0 && y <= y0 + cell) {
        if (row === col) {
          const u = (x - x0) / cell;
          const v = (y - y0) / cell;
          if (u > 0.25 && u < 0.75 && v > 0.25 && v < 0.75) return TICK;
        }
        return PAPER;
      }
    }
  }
  return BACKGROUND;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function drawIcon(size: number): Buffer {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (c === null) continue;
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = acc[3] / (ss * ss);
      for (let i = 0; i < 3; i++) raw[offset + i] = acc[3] === 0 ? 0 : Math.round(acc[i] / acc[3]);
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

if (require.main === module) {
  for (const size of ICON_SIZES) {
    writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), drawIcon(size));
  }
  process.stdout.write(`icons written: ${ICON_SIZES.join(", ")}\n`);
}
