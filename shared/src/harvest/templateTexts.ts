import type { Language, WorkshopDefinition } from '../agenda.js';
import { KAFEDIALOG_TEMPLATES } from '../template.js';

type Template = Omit<WorkshopDefinition, 'date'>;

/** Every text of a template an organiser may leave as it is, in a fixed order, so position n is the same text in each language. */
function textsOf(t: Template): string[] {
  return [
    t.title,
    t.purpose,
    ...t.questions.map((q) => q.text),
    ...t.agenda.map((s) => s.title),
    ...t.hostGuidance,
    ...t.settings.evaluation.flatMap((i) => [i.text, i.indicator ?? '']),
  ];
}

const TEXTS: Record<Language, string[]> = {
  nb: textsOf(KAFEDIALOG_TEMPLATES.nb),
  nn: textsOf(KAFEDIALOG_TEMPLATES.nn),
  en: textsOf(KAFEDIALOG_TEMPLATES.en),
};

/**
 * A text in the report's language when it is one of the default template's texts the organiser did not change (a
 * segment title, a question, the host guidance, an evaluation question): a nynorsk report of a workshop made from
 * the bokmål template reads nynorsk throughout. Anything the organiser wrote is returned as written.
 */
export function inLanguage(text: string, language: Language): string {
  if (text === '') return text;
  for (const from of Object.values(TEXTS)) {
    const i = from.indexOf(text);
    const translated = i >= 0 ? TEXTS[language][i] : undefined;
    if (translated) return translated;
  }
  return text;
}

const TEMPLATE_PURPOSES = new Set(Object.values(KAFEDIALOG_TEMPLATES).map((t) => t.purpose.trim()));

/**
 * Whether a purpose is the default template's example (Region øst's kick-off), in any language. Workshops made before
 * the organiser form stopped copying it hold it in their definition; nobody wrote it for them, so a report must not
 * present it as their purpose.
 */
export const isTemplatePurpose = (purpose: string): boolean => TEMPLATE_PURPOSES.has(purpose.trim());

/** The definition's purpose when someone wrote it for this workshop; '' when it is empty or the template's example. */
export const ownPurpose = (purpose: string): string => (isTemplatePurpose(purpose) ? '' : purpose.trim());
