import { SEGMENT_KINDS } from '@kafe/shared/constants';
import type { Segment, SegmentKind, WorkshopDefinition } from '@kafe/shared/agenda';
import { useT } from '../../ui/i18n';

const isKind = (v: string): v is SegmentKind => (SEGMENT_KINDS as readonly string[]).includes(v);

/** The agenda's segments as rows of inputs: start, minutes, kind, title, question and hold. */
export function AgendaTable({
  shown,
  setSegment,
}: {
  shown: WorkshopDefinition;
  setSegment: (i: number, patch: Partial<Segment>) => void;
}) {
  const t = useT();
  return (
    <table className="agenda-table">
      <caption className="visually-hidden">{t('fac.agenda')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fac.agenda.start')}</th>
          <th scope="col">{t('fac.agenda.minutes')}</th>
          <th scope="col">{t('fac.agenda.kind')}</th>
          <th scope="col">{t('fac.agenda.title')}</th>
          <th scope="col">{t('fac.agenda.question')}</th>
          <th scope="col">{t('fac.agenda.hold')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.agenda.map((s, i) => (
          <tr key={s.id}>
            <td>
              <input
                type="time"
                aria-label={`${t('fac.agenda.start')}: ${s.title}`}
                value={s.start}
                onChange={(e) => setSegment(i, { start: e.target.value })}
                required
              />
            </td>
            <td>
              <input
                type="number"
                min={1}
                max={600}
                aria-label={`${t('fac.agenda.minutes')}: ${s.title}`}
                value={s.durationMin}
                onChange={(e) => setSegment(i, { durationMin: Number(e.target.value) })}
                required
              />
            </td>
            <td>
              <select
                aria-label={`${t('fac.agenda.kind')}: ${s.title}`}
                value={s.kind}
                onChange={(e) => isKind(e.target.value) && setSegment(i, { kind: e.target.value })}
              >
                {SEGMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input
                aria-label={`${t('fac.agenda.title')} ${i + 1}`}
                value={s.title}
                maxLength={120}
                onChange={(e) => setSegment(i, { title: e.target.value })}
                required
              />
            </td>
            <td>
              <select
                aria-label={`${t('fac.agenda.question')}: ${s.title}`}
                value={s.questionId ?? ''}
                onChange={(e) => setSegment(i, { questionId: e.target.value || undefined })}
              >
                <option value="">–</option>
                {shown.questions.map((q, n) => (
                  <option key={q.id} value={q.id}>
                    {t('question.n', { n: n + 1 })}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input
                type="checkbox"
                aria-label={`${t('fac.agenda.hold')}: ${s.title}`}
                checked={!!s.hold}
                onChange={(e) => setSegment(i, { hold: e.target.checked })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
