/** Letters an ASCII-only file name spells out, so "Kafédialog øst" becomes "Kafedialog-ost" rather than "Kaf-dialog". */
const SPELLED: Record<string, string> = { æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', å: 'a', Å: 'A', ß: 'ss' };

function asciiName(title: string): string {
  const spelled = title
    .replace(/[æÆøØåÅß]/g, (c) => SPELLED[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return (
    spelled
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'kafedialog'
  );
}

/** The title as a file name any system accepts: no path separators, control or reserved characters. */
function unicodeName(title: string): string {
  const cleaned = title
    .replace(/[\p{Cc}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned || 'Kafédialog';
}

/**
 * A Content-Disposition header naming the file after the workshop's title and date: an ASCII `filename` for old
 * clients and an RFC 5987 `filename*` that keeps æ, ø and å.
 */
export function contentDisposition(
  title: string,
  date: string,
  ext: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = `${asciiName(title)}-${date}.${ext}`;
  const full = `${unicodeName(title)} ${date}.${ext}`;
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}
