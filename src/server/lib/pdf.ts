/**
 * PDF building shared by the modules' documents (SKM report, SKP and Dokumen Evaluasi Kinerja): one private
 * pdfmake instance and the text rule of its fonts. No font files, no network, no local files: the standard-14
 * Helvetica every PDF reader has, so a document renders the same on any server.
 */
import pdfmakeSingleton from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const FONT_STANDAR = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];

interface PdfMakeInstance {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmakeInstance: PdfMakeInstance | null = null;

/**
 * A private pdfmake instance (the package exports a shared singleton whose fonts are global state; another
 * library may configure it differently). Standard-14 Helvetica only, no URL fetches, no local files.
 */
function pdfmake(): PdfMakeInstance {
  if (pdfmakeInstance) return pdfmakeInstance;
  const Ctor = (pdfmakeSingleton as unknown as { constructor: new () => PdfMakeInstance }).constructor;
  const pm = new Ctor();
  pm.setFonts({
    Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
  });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((p) => FONT_STANDAR.includes(p));
  pdfmakeInstance = pm;
  return pm;
}

/** Renders a pdfmake document (its `defaultStyle.font` must be 'Helvetica') to a PDF buffer. */
export function buatPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake().createPdf(doc).getBuffer();
}

// Unicode code points that WinAnsiEncoding (standard-14 fonts) can show beyond Latin-1.
const WIN_ANSI_EKSTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);
const GANTI: Record<string, string> = { '≥': '>=', '≤': '<=', 'Σ': 'Jumlah ', '≈': '~', '→': '->', '\t': ' ' };

/**
 * Makes text printable with the standard-14 fonts (WinAnsiEncoding): keeps Latin-1 and the cp1252 extras,
 * spells out a few symbols (≥ → '>='), strips accents from other Latin letters, replaces anything else
 * (emoji, other scripts) with '?' and control characters with a space.
 */
export function teksPdf(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\n' || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EKSTRA.has(cp)) {
      out += ch;
      continue;
    }
    const ganti = GANTI[ch];
    if (ganti !== undefined) {
      out += ganti;
      continue;
    }
    const dasar = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += /^[\x20-\x7e]+$/.test(dasar) ? dasar : cp < 0x20 ? ' ' : '?';
  }
  return out;
}
