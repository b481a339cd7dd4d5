import { useEffect, useState } from 'react';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { photoUrl } from './photoUrls';
import './photos.css';

/**
 * A flip-chart photo: from the device while it waits in the outbox (`local`), else fetched with this page's token.
 * Until it is there, a placeholder of the same shape keeps the layout still.
 */
export function PhotoImage({
  photoId,
  alt,
  width,
  height,
  local,
  className,
}: {
  photoId: string;
  alt: string;
  width: number;
  height: number;
  local?: Blob;
  className?: string;
}) {
  const workshopId = useWorkshop((s) => s.workshopId);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (local) {
      const url = URL.createObjectURL(local);
      setSrc(url);
      return () => URL.revokeObjectURL(url);
    }
    const token = tokenFromLocation();
    if (!workshopId || !token) return;
    let live = true;
    void photoUrl(workshopId, photoId, token).then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [local, workshopId, photoId]);
  return src ? (
    <img className={className} src={src} alt={alt} width={width} height={height} />
  ) : (
    <span
      className={`${className ?? ''} photo-placeholder`}
      role="img"
      aria-label={alt}
      style={{ aspectRatio: `${width} / ${height}` }}
    />
  );
}
