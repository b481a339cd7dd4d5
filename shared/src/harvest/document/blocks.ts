// A format-neutral document: what the report says, in order, as headings, paragraphs, lists and tables. Markdown,
// Word and the print page each render these few block kinds, so every format holds the same content.

/** A list entry: the text, shown strong when it matters (a starred note), and quieter details after it. */
export interface ListItem {
  text: string;
  strong?: boolean;
  meta?: string;
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: string[][];
  /** Columns holding numbers: right-aligned where the format can. */
  numeric?: boolean[];
  /** Relative column widths where the content says more than its length (a long text next to short numbers). */
  widths?: number[];
}

export type Block =
  | { kind: 'title'; text: string; subtitle: string }
  /** A level-2 heading with an id is a section: in the table of contents; `newPage` starts it on a page of its own. */
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; id?: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  /** Label–value pairs: date, place, counts. */
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'list'; items: ListItem[] }
  | TableBlock
  /**
   * Where a format that can (Word, the print page) puts its table of contents, built from the level-2 headings, on a
   * page of its own after the first page.
   */
  | { kind: 'toc'; title: string }
  /** A flip-chart photo by id (the renderer is given the bytes), with its caption (table and round). */
  | { kind: 'image'; photoId: string; mime: string; width: number; height: number; caption: string };

export type HarvestDocument = Block[];

/** The level-2 headings, for a table of contents. */
export function sectionsOf(doc: HarvestDocument): { id: string; text: string }[] {
  return doc.flatMap((b) => (b.kind === 'heading' && b.level === 2 && b.id ? [{ id: b.id, text: b.text }] : []));
}
