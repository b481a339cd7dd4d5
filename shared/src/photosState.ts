import type { PhotoType } from './photosLimits.js';

/** A flip-chart photo as the state knows it: its facts; the bytes are fetched by id (GET …/photos/:photoId). */
export interface Photo {
  id: string;
  table: number;
  round: number;
  mime: PhotoType;
  width: number;
  height: number;
  bytes: number;
  at: number;
  removed: boolean;
}

/** What the state holds about photos. */
export interface PhotosState {
  /** By photo id, in the order they were added (object keys keep insertion order for non-numeric keys). */
  byId: Record<string, Photo>;
  /** The photo the projector shows in the wrap-up, or null. */
  shownId: string | null;
}

export const emptyPhotos = (): PhotosState => ({ byId: {}, shownId: null });

/** The photos of a table and round still kept, oldest first. */
export function photosOf(photos: PhotosState, table: number, round: number): Photo[] {
  return Object.values(photos.byId).filter((p) => !p.removed && p.table === table && p.round === round);
}

/** Every photo still kept, oldest first. */
export const keptPhotos = (photos: PhotosState): Photo[] => Object.values(photos.byId).filter((p) => !p.removed);
