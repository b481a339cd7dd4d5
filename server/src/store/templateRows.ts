import type { Db } from './db.js';

/** A saved template as stored: its content is JSON, parsed by whoever reads it (export/templateStore.ts). */
export interface TemplateRow {
  id: string;
  name: string;
  content: unknown;
  created_at: unknown;
}

const SELECT = 'select id, name, content, created_at from templates';

/** The templates table. */
export class TemplateRows {
  constructor(private readonly db: Db) {}

  async insert(template: { id: string; name: string; content: unknown; sourceWorkshopId: string }): Promise<void> {
    await this.db.query('insert into templates (id, name, content, source_workshop_id) values ($1, $2, $3, $4)', [
      template.id,
      template.name,
      JSON.stringify(template.content),
      template.sourceWorkshopId,
    ]);
  }

  async find(id: string): Promise<TemplateRow | null> {
    return (await this.db.query<TemplateRow>(`${SELECT} where id = $1`, [id])).rows[0] ?? null;
  }

  async newestFirst(limit: number): Promise<TemplateRow[]> {
    return (await this.db.query<TemplateRow>(`${SELECT} order by created_at desc, id limit $1`, [limit])).rows;
  }
}
