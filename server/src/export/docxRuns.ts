import { TextRun } from 'docx';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
}

/** Text with its line breaks kept as Word line breaks. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}
