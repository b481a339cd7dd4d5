import type { PhotoType } from '@kafe/shared/photosLimits';
import type { Db, Queryable } from './db.js';

/** A stored photo's bytes and what they are. */
export interface PhotoFile {
  photoId: string;
  mime: PhotoType;
  width: number;
  height: number;
  data: Uint8Array;
}

interface Row {
  photo_id: string;
  mime: PhotoType;
  width: number;
  height: number;
  data: Uint8Array;
}

const fileOf = (r: Row): PhotoFile => ({
  photoId: r.photo_id,
  mime: r.mime,
  width: r.width,
  height: r.height,
  // node-postgres gives a Buffer, PGlite a Uint8Array: one type for both.
  data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength),
});

/** The photos table: flip-chart photos' bytes, by workshop and photo id (see migrations/004_photos.sql). */
export class PhotoRows {
  constructor(private readonly db: Db) {}

  /** Stores a photo unless one with its id is there already; answers whether this call stored it. */
  async insert(workshopId: string, file: PhotoFile): Promise<boolean> {
    const { rows } = await this.db.query<{ photo_id: string }>(
      `insert into photos (workshop_id, photo_id, mime, width, height, data) values ($1, $2, $3, $4, $5, $6)
       on conflict (workshop_id, photo_id) do nothing returning photo_id`,
      [workshopId, file.photoId, file.mime, file.width, file.height, file.data],
    );
    return rows.length > 0;
  }

  /**
   * Writes a photo's bytes inside the transaction that appends its `photo.added` (the upload route hands this to the
   * runtime): the event and its bytes land together or not at all. The command was just decided against every event
   * before it, so no `photo.added` names this id: a row already there is nobody's (bytes of an import that failed
   * half-way, say) and is replaced, so the bytes served always match the event's dimensions.
   */
  static async writeWithEvent(tx: Queryable, workshopId: string, file: PhotoFile): Promise<void> {
    await tx.query(
      `insert into photos (workshop_id, photo_id, mime, width, height, data) values ($1, $2, $3, $4, $5, $6)
       on conflict (workshop_id, photo_id)
       do update set mime = excluded.mime, width = excluded.width, height = excluded.height, data = excluded.data,
                     created_at = now()`,
      [workshopId, file.photoId, file.mime, file.width, file.height, file.data],
    );
  }

  /** Deletes a photo's bytes inside the transaction that appends its `photo.removed`: both land, or neither. */
  static async removeWithEvent(tx: Queryable, workshopId: string, photoId: string): Promise<void> {
    await tx.query('delete from photos where workshop_id = $1 and photo_id = $2', [workshopId, photoId]);
  }

  async find(workshopId: string, photoId: string): Promise<PhotoFile | null> {
    const { rows } = await this.db.query<Row>(
      'select photo_id, mime, width, height, data from photos where workshop_id = $1 and photo_id = $2',
      [workshopId, photoId],
    );
    const row = rows[0];
    return row ? fileOf(row) : null;
  }

  /** Every photo of a workshop whose id is in `photoIds` (the kept ones), for the report and the JSON export. */
  async many(workshopId: string, photoIds: readonly string[]): Promise<PhotoFile[]> {
    if (photoIds.length === 0) return [];
    const { rows } = await this.db.query<Row>(
      'select photo_id, mime, width, height, data from photos where workshop_id = $1 and photo_id = any($2::text[])',
      [workshopId, [...photoIds]],
    );
    return rows.map(fileOf);
  }
}
