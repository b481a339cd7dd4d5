import { useEffect, useMemo, useState } from 'react';
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
  // The device's own copy, while the photo waits in the outbox: an object URL made once per file, let go after.
  const localUrl = useMemo(() => (local ? URL.createObjectURL(local) : null), [local]);
  useEffect(
    () => () => {
      if (localUrl) URL.revokeObjectURL(localUrl);
    },
    [localUrl],
  );
  const [remote, setRemote] = useState<string | null>(null);
  useEffect(() => {
    const token = tokenFromLocation();
    if (local || !workshopId || !token) return;
    let live = true;
    void photoUrl(workshopId, photoId, token).then((url) => {
      if (live) setRemote(url);
    });
    return () => {
      live = false;
    };
  }, [local, workshopId, photoId]);
  const src = localUrl ?? remote;
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
