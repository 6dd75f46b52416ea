import { useEffect, useState } from 'react';

/**
 * A QR code drawn in the browser (qrcode package, loaded on demand) as an <img> with a text alternative.
 * For URLs the citizen may scan with a phone (e.g. the ticket page on a printed kiosk ticket).
 */
export function QrCode({ value, size = 160, alt }: { value: string; size?: number; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let aktif = true;
    void import('qrcode').then((QR) => QR.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })).then((svg) => {
      if (aktif) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => { aktif = false; };
  }, [value]);
  return src ? <img src={src} width={size} height={size} alt={alt} /> : <div style={{ width: size, height: size }} role="img" aria-label={alt} />;
}
