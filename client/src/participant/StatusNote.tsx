import { useT } from '../ui/i18n';

/** A short line for the phases where there is nothing to do but wait or go home. */
export function StatusNote({ kind }: { kind: 'waiting' | 'finished' }) {
  const t = useT();
  return <p className="notice p-status">{kind === 'waiting' ? t('part.join.wait') : t('screen.finished')}</p>;
}
