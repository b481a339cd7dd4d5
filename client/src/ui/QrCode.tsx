import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** A QR code as an image, generated on this device (no third-party service ever sees the link). */
export function QrCode({
  value,
  label,
  size = 320,
  testId,
  className,
}: {
  value: string;
  label: string;
  size?: number;
  testId?: string;
  className?: string;
}) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, {
      margin: 2,
      width: size,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [value, size]);
  if (!src)
    return (
      <div
        className={`qr qr-placeholder ${className ?? ''}`}
        style={{ width: size, height: size }}
        aria-hidden="true"
      />
    );
  return (
    <img className={`qr ${className ?? ''}`} src={src} width={size} height={size} alt={label} data-testid={testId} />
  );
}
