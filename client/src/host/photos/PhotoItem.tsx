import type { Photo } from '@kafe/shared/photosState';
import { useT } from '../../ui/i18n';
import { PhotoImage } from '../../ui/photos/PhotoImage';

/** One photo of the round on the tablet, waiting to be sent (`local`) or stored, with retake and delete. */
export function PhotoItem({
  photo,
  local,
  onRetake,
  onDelete,
}: {
  photo: Photo;
  local: Blob | undefined;
  onRetake: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const alt = t('photos.alt', { table: photo.table, round: photo.round });
  return (
    <li
      className={`photo-item ${local ? 'is-pending' : ''}`}
      data-testid="photo-item"
      data-pending={local ? 'true' : 'false'}
    >
      <PhotoImage
        photoId={photo.id}
        alt={alt}
        width={photo.width}
        height={photo.height}
        local={local}
        className="photo-thumb"
      />
      {local && <span className="badge badge-pending">{t('photos.pending')}</span>}
      <div className="photo-actions">
        <button type="button" className="btn btn-small" onClick={onRetake}>
          {t('photos.retake')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-danger"
          onClick={onDelete}
          aria-label={`${t('photos.delete')}: ${alt}`}
        >
          {t('photos.delete')}
        </button>
      </div>
    </li>
  );
}
