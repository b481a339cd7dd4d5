/**
 * A feature's own texts in all three languages. nn and en must have exactly nb's keys: the type checker proves every
 * catalog complete. Each feature keeps its texts in its own file, so features grow without touching each other's.
 */
export interface Area<K extends string> {
  nb: Record<K, string>;
  nn: Record<K, string>;
  en: Record<K, string>;
}

export function area<const T extends Record<string, string>>(
  nb: T,
  nn: Record<keyof T & string, string>,
  en: Record<keyof T & string, string>,
): Area<keyof T & string> {
  return { nb, nn, en };
}
