import { emptyFilingFrame } from '@kafe/shared/filing';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import { dateInZone } from '@kafe/shared/time';
import type { AppContext, CreatedWorkshop } from '../context.js';

/**
 * The ready-made workshop of the very first start, from the default template, so the printed links lead somewhere at
 * once. It is Region øst's kick-off, so the template's purpose is its own: stored as its filing frame, since the
 * report never takes a purpose from the template (harvest/filing.ts).
 */
export function createStarterWorkshop(ctx: AppContext): Promise<CreatedWorkshop> {
  return ctx.createWorkshop(
    { ...KAFEDIALOG_TEMPLATE, date: dateInZone(ctx.now(), KAFEDIALOG_TEMPLATE.timeZone) },
    { ...emptyFilingFrame(), purpose: KAFEDIALOG_TEMPLATE.purpose },
  );
}
