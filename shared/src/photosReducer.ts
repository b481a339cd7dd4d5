import type { EventOf } from './events.js';
import type { PhotosState } from './photosState.js';

type PhotoEvent = EventOf<'photo.added' | 'photo.removed' | 'photo.shown'>;

/** The photo part of apply(): pure, and a photo already known is not added twice. */
export function reducePhotos(photos: PhotosState, event: PhotoEvent, at: number): PhotosState {
  switch (event.type) {
    case 'photo.added': {
      if (photos.byId[event.photoId]) return photos;
      const { photoId, table, round, mime, width, height, bytes } = event;
      const photo = { id: photoId, table, round, mime, width, height, bytes, at, removed: false };
      return { ...photos, byId: { ...photos.byId, [photoId]: photo } };
    }
    case 'photo.removed': {
      const photo = photos.byId[event.photoId];
      if (!photo) return photos;
      const shownId = photos.shownId === event.photoId ? null : photos.shownId;
      return { byId: { ...photos.byId, [event.photoId]: { ...photo, removed: true } }, shownId };
    }
    case 'photo.shown':
      return { ...photos, shownId: event.photoId };
    default:
      return event satisfies never;
  }
}
