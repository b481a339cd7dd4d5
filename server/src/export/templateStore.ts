import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { definitionSchema, type WorkshopDefinition } from '@kafe/shared/agenda';
import type { Db } from '../store/db.js';

/** What a template keeps of a workshop: everything its organiser decided except the day it ran. */
export const templateContentSchema = definitionSchema.omit({ date: true });
export type TemplateContent = z.infer<typeof templateContentSchema>;

export interface TemplateSummary {
  id: string;
  name: string;
  createdAt: string;
  title: string;
  language: TemplateContent['language'];
  tables: number;
  questions: string[];
}

export interface Template extends TemplateSummary {
  content: TemplateContent;
}

interface Row {
  id: string;
  name: string;
  content: unknown;
  created_at: unknown;
}

/** A template from the store, or null when its stored content no longer reads as a definition (an older shape). */
function toTemplate(row: Row): Template | null {
  const content = templateContentSchema.safeParse(typeof row.content === 'string' ? JSON.parse(row.content) : row.content);
  if (!content.success) return null;
  const createdAt = row.created_at instanceof Date ? row.created_at.toISOString() : String(row.created_at);
  const c = content.data;
  return { id: row.id, name: row.name, createdAt, title: c.title, language: c.language, tables: c.tables, questions: c.questions.map((q) => q.text), content: c };
}

/** Saved templates. Passed in from createApp, like every store. */
export class TemplateStore {
  constructor(private readonly db: Db) {}

  async save(name: string, definition: WorkshopDefinition, sourceWorkshopId: string): Promise<Template> {
    const id = randomBytes(8).toString('hex');
    const content = templateContentSchema.parse(definition);
    await this.db.query('insert into templates (id, name, content, source_workshop_id) values ($1, $2, $3, $4)', [id, name, JSON.stringify(content), sourceWorkshopId]);
    const saved = await this.find(id);
    if (!saved) throw new Error('a saved template vanished');
    return saved;
  }

  async find(id: string): Promise<Template | null> {
    const row = (await this.db.query<Row>('select id, name, content, created_at from templates where id = $1', [id])).rows[0];
    return row ? toTemplate(row) : null;
  }

  /** Newest first. */
  async list(): Promise<TemplateSummary[]> {
    const rows = (await this.db.query<Row>('select id, name, content, created_at from templates order by created_at desc, id limit 500')).rows;
    return rows.map(toTemplate).filter((t): t is Template => t !== null).map(({ content: _content, ...summary }) => summary);
  }
}
