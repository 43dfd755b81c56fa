/**
 * Saving what the page shows: text files as they are, and PNGs rendered in the browser
 * by drawing the SVG onto a canvas. SVG images cannot see the page's web fonts, so the
 * bundled Noto Sans SC is embedded in the SVG first: the PNG then uses the font the
 * plot was laid out for, as `metasift forest --out x.png` does.
 */
import fontUrl from '../../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(text: string, filename: string, type: string): void {
  saveBlob(new Blob([text], { type }), filename);
}

let fontCss: Promise<string> | undefined;

async function embeddedFontCss(): Promise<string> {
  const res = await fetch(fontUrl);
  if (!res.ok) throw new Error(`could not load the font (${res.status})`);
  const bytes = await res.arrayBuffer();
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(new Blob([bytes], { type: 'font/ttf' }));
  });
  return `@font-face{font-family:'Noto Sans SC';src:url(${dataUrl}) format('truetype');}`;
}

function withFont(svg: string, css: string): string {
  return svg.replace(/(<svg[^>]*>)/, `$1<style>${css}</style>`);
}

/** The SVG as a PNG at `scale` times its size (2 = print-friendly on most screens). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  fontCss ??= embeddedFontCss().catch(() => '');
  const css = await fontCss;
  const src = URL.createObjectURL(new Blob([css === '' ? svg : withFont(svg, css)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.naturalWidth * scale);
    canvas.height = Math.ceil(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b === null ? reject(new Error('the canvas gave no PNG')) : resolve(b)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(src);
  }
}
