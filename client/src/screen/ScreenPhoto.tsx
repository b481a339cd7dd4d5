import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { PhotoImage } from '../ui/photos/PhotoImage';

/** A table's flip-chart photo the facilitator puts on the projector in the wrap-up, over whatever the screen shows. */
export function ScreenPhoto() {
  const t = useT();
  const photo = useWorkshop((s) => (s.state.photos.shownId ? s.state.photos.byId[s.state.photos.shownId] : undefined));
  if (!photo || photo.removed) return null;
  const caption = t('photos.alt', { table: photo.table, round: photo.round });
  return (
    <section className="spotlight screen-photo" aria-label={caption} data-testid="screen-photo">
      <p className="spotlight-eyebrow">{caption}</p>
      <PhotoImage photoId={photo.id} alt={caption} width={photo.width} height={photo.height} />
    </section>
  );
}
