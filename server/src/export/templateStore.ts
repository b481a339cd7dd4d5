import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { definitionSchema, type WorkshopDefinition } from '@kafe/shared/agenda';
import type { WorkshopState } from '@kafe/shared/state';
import type { TemplateRow, TemplateRows } from '../store/templateRows.js';

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

/**
 * The definition a template keeps, with each indicator's baseline set to what this workshop measured (its average,
 * to one decimal), so the next workshop from the template reports "Hørt ved bordet: 3,9 → 4,3". An indicator nobody
 * answered keeps the baseline it had.
 */
export function withMeasuredBaselines(definition: WorkshopDefinition, state: WorkshopState): WorkshopDefinition {
  const answers = Object.values(state.evaluation.answers);
  const evaluation = definition.settings.evaluation.map((item) => {
    if (item.kind !== 'scale' || !item.indicator?.trim()) return item;
    const scores = answers.map((a) => a[item.id]).filter((v): v is number => typeof v === 'number');
    if (scores.length === 0) return item;
    const average = scores.reduce((a, b) => a + b, 0) / scores.length;
    return { ...item, baseline: Math.round(average * 10) / 10 };
  });
  return { ...definition, settings: { ...definition.settings, evaluation } };
}

/** A template from the store, or null when its stored content no longer reads as a definition (an older shape). */
function toTemplate(row: TemplateRow): Template | null {
  const content = templateContentSchema.safeParse(
    typeof row.content === 'string' ? JSON.parse(row.content) : row.content,
  );
  if (!content.success) return null;
  const createdAt = row.created_at instanceof Date ? row.created_at.toISOString() : String(row.created_at);
  const c = content.data;
  return {
    id: row.id,
    name: row.name,
    createdAt,
    title: c.title,
    language: c.language,
    tables: c.tables,
    questions: c.questions.map((q) => q.text),
    content: c,
  };
}

/** Saved templates, read back only when their content still parses. Passed in from createApp, like every store. */
export class TemplateStore {
  constructor(private readonly rows: TemplateRows) {}

  async save(name: string, definition: WorkshopDefinition, sourceWorkshopId: string): Promise<Template> {
    const id = randomBytes(8).toString('hex');
    const content = templateContentSchema.parse(definition);
    await this.rows.insert({ id, name, content, sourceWorkshopId });
    const saved = await this.find(id);
    if (!saved) throw new Error('a saved template vanished');
    return saved;
  }

  async find(id: string): Promise<Template | null> {
    const row = await this.rows.find(id);
    return row ? toTemplate(row) : null;
  }

  /** Newest first. */
  async list(): Promise<TemplateSummary[]> {
    const rows = await this.rows.newestFirst(500);
    return rows
      .map(toTemplate)
      .filter((t): t is Template => t !== null)
      .map(({ content: _content, ...summary }) => summary);
  }
}
