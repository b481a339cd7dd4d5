import type { PhotoType } from './photosLimits.js';
import { keptPhotos } from './photosState.js';
import type { WorkshopState } from './state.js';

/** A flip-chart photo as the report lists it; its bytes are added by the server when it renders Word or HTML. */
export interface ReportPhoto {
  photoId: string;
  table: number;
  round: number;
  mime: PhotoType;
  width: number;
  height: number;
}

/** The photos kept (not deleted), round by round and table by table. */
export function reportPhotos(state: WorkshopState): ReportPhoto[] {
  return keptPhotos(state.photos)
    .sort((a, b) => a.round - b.round || a.table - b.table || a.at - b.at)
    .map((p) => ({ photoId: p.id, table: p.table, round: p.round, mime: p.mime, width: p.width, height: p.height }));
}
