// The report's purpose is what was written for this workshop: never the default template's example (Region øst's
// kick-off), which the organiser form used to copy into every new workshop. Empty, the first page says so.
import { describe, expect, it } from 'vitest';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { StoredEvent } from '@kafe/shared/events';
import { emptyFilingFrame } from '@kafe/shared/filing';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { KAFEDIALOG_TEMPLATES } from '@kafe/shared/template';
import { definitionFromInput } from '@kafe/shared/workshopInput';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { must } from '../../fixtures/must.js';
import { oslo } from '../../fixtures/workshop.js';

const NOW = oslo('15:00');

function made(input: Parameters<typeof definitionFromInput>[0]): WorkshopDefinition {
  const result = definitionFromInput(input, '2026-03-10');
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.definition;
}

/** The first page (up to the method) of the report of a workshop with `definition` and, if given, a filing frame. */
function firstPage(definition: WorkshopDefinition, framedPurpose?: string): string {
  const log: StoredEvent[] = [
    { seq: 1, at: oslo('12:00'), actor: { role: 'organiser' }, event: { type: 'workshop.created', definition } },
    ...(framedPurpose === undefined
      ? []
      : [
          {
            seq: 2,
            at: oslo('12:01'),
            actor: { role: 'facilitator' },
            event: { type: 'report.framed', frame: { ...emptyFilingFrame(), purpose: framedPurpose } },
          } satisfies StoredEvent,
        ]),
  ];
  const md = renderMarkdown(harvestDocument(buildHarvestReport(applyAll(emptyState(), log), log, { now: NOW })));
  return must(md.split(/\n## (Metode|Method)/)[0]);
}

const EXAMPLE = { nb: 'langtidsplan', nn: 'langtidsplan', en: 'long-term planning' } as const;

describe("the report's purpose", () => {
  it('is not the template example for a workshop created without one, in any language: page 1 says it is not filled in', () => {
    const nn = firstPage(made({ title: 'Kafédialog om tenestetilbodet i Vestby kommune', language: 'nn' }));
    expect(nn).toContain('### Formål\n\n_Ikkje fylt ut._');
    expect(nn).not.toContain(EXAMPLE.nn);
    const nb = firstPage(made({ title: 'Vestby', language: 'nb' }));
    expect(nb).toContain('### Formål\n\n_Ikke fylt ut._');
    expect(nb).not.toContain(EXAMPLE.nb);
    const en = firstPage(made({ title: 'Vestby', language: 'en' }));
    expect(en).toContain('### Purpose\n\n_Not filled in._');
    expect(en.toLowerCase()).not.toContain(EXAMPLE.en);
  });

  it('ignores the example already stored in a workshop made before (it was copied from the template)', () => {
    for (const template of Object.values(KAFEDIALOG_TEMPLATES)) {
      const page = firstPage({ ...made({ title: 'Vestby', language: 'nn' }), purpose: template.purpose });
      expect(page).toContain('_Ikkje fylt ut._');
      expect(page).not.toContain(template.purpose);
    }
  });

  it('is the one the organiser gave when creating the workshop, unless the facilitator wrote another', () => {
    const def = made({ title: 'Vestby', language: 'nb', purpose: 'Bedre tjenester for barn og unge i Vestby.' });
    expect(firstPage(def)).toContain('### Formål\n\nBedre tjenester for barn og unge i Vestby.');
    const framed = firstPage(def, 'Samle innspill til ny oppvekstplan.');
    expect(framed).toContain('### Formål\n\nSamle innspill til ny oppvekstplan.');
    expect(framed).not.toContain('Bedre tjenester');
  });

  it('is not copied from a saved template into a new workshop', () => {
    const saved = { ...KAFEDIALOG_TEMPLATES.nb, purpose: 'Forrige workshops eget formål.' };
    expect(made({ title: 'Neste', templateId: 'x' }).purpose).toBe('');
    const result = definitionFromInput({ title: 'Neste' }, '2026-03-10', saved);
    expect(result.ok && result.definition.purpose).toBe('');
  });

  it("is the template's for the starter workshop, which files it as its own frame (in the report's language)", () => {
    const starter = { ...KAFEDIALOG_TEMPLATES.nb, date: '2026-03-10' };
    const page = firstPage({ ...starter, language: 'nn' }, KAFEDIALOG_TEMPLATES.nb.purpose);
    expect(page).toContain(`### Formål\n\n${KAFEDIALOG_TEMPLATES.nn.purpose}`);
  });
});
