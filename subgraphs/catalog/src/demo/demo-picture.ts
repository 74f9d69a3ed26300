import sharp from 'sharp';

const [width, height] = [800, 600];

/**
 * A demo product's picture (800×600 JPEG): its name over a gradient in its category's colours,
 * the same every time for the same name and category.
 */
export function demoPicture(name: string, categorySlug: string): Promise<Buffer> {
  const hue = hash(categorySlug) % 360;
  const accent = (hue + 40 + (hash(name) % 60)) % 360;
  const lines = wrap(name, 22);
  const text = lines
    .map((line, index) => `<tspan x="400" dy="${index === 0 ? 0 : 56}">${escapeXml(line)}</tspan>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue},55%,88%)"/><stop offset="1" stop-color="hsl(${hue},45%,62%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="400" cy="220" r="115" fill="hsl(${accent},50%,45%)" fill-opacity="0.85"/>
  <text x="400" y="${430 - (lines.length - 1) * 28}" font-family="DejaVu Sans, sans-serif" font-size="46"
    font-weight="bold" fill="hsl(${hue},40%,18%)" text-anchor="middle">${text}</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** Words joined into lines of at most `max` characters (a longer word on its own line). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (Math.imul(value, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
  return value;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.codePointAt(0)};`);
