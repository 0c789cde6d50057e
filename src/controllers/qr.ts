/**
 * QR codes for printed lists and posters, made with uqr (a port of Project Nayuki's QR Code
 * generator), loaded only when something is printed or a poster is shown. A code is drawn from its
 * modules as one SVG path (never from markup text), or onto a canvas for a PNG.
 */
import { svg, type SVGTemplateResult } from 'lit';

/** A QR code: `size` × `size` modules, `dark[y][x]` true where a module is dark. */
export interface QrCode {
  size: number;
  dark: boolean[][];
}

/** Light modules around the code, as the standard asks (a reader needs the quiet zone). */
export const QUIET_ZONE = 4;

/**
 * Loads the encoder (a few kB, once) and returns a function that encodes a text. Error correction
 * "M" (15 %): a printed code keeps working when it is creased or a little smudged.
 */
export async function qrEncoder(): Promise<(text: string) => QrCode> {
  const { encode } = await import('uqr');
  return (text) => {
    const { size, data } = encode(text, { ecc: 'M', border: 0 });
    return { size, dark: data };
  };
}

/** The dark modules as one path, row by row, runs of dark modules joined. */
export function qrPath(code: QrCode): string {
  let d = '';
  code.dark.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return d;
}

/**
 * The code as an SVG template with its quiet zone, `label` as its accessible name (what it links
 * to). `className` sizes it in the page's CSS.
 */
export function qrSvg(code: QrCode, label: string, className = 'qr'): SVGTemplateResult {
  const box = code.size + 2 * QUIET_ZONE;
  return svg`<svg class=${className} viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}" role="img" aria-label=${label} shape-rendering="crispEdges"><rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${box} height=${box} fill="#fff"/><path d=${qrPath(code)} fill="#000"/></svg>`;
}

/** The code as a standalone SVG file (for a download): only numbers go into it, no text. */
export function qrSvgFile(code: QrCode, modulePixels = 10): string {
  const box = code.size + 2 * QUIET_ZONE;
  const pixels = box * modulePixels;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}" shape-rendering="crispEdges"><rect x="${-QUIET_ZONE}" y="${-QUIET_ZONE}" width="${box}" height="${box}" fill="#fff"/><path d="${qrPath(code)}" fill="#000"/></svg>\n`;
}

/** The code as a PNG (for a download), `modulePixels` pixels a module, drawn on a canvas. */
export function qrPng(code: QrCode, modulePixels = 10): Promise<Blob | null> {
  const box = code.size + 2 * QUIET_ZONE;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = box * modulePixels;
  const context = canvas.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  code.dark.forEach((row, y) =>
    row.forEach((dark, x) => dark && context.fillRect((x + QUIET_ZONE) * modulePixels, (y + QUIET_ZONE) * modulePixels, modulePixels, modulePixels)),
  );
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
