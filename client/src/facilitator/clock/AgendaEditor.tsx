import { useState } from 'react';
import { SEGMENT_KINDS } from '@kafe/shared/constants';
import type { Segment, SegmentKind, WorkshopDefinition } from '@kafe/shared/agenda';
import { useSend } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { errorText } from '../../ui/errorText';

const isKind = (v: string): v is SegmentKind => (SEGMENT_KINDS as readonly string[]).includes(v);

/** Edits title, date, questions and segments as a draft; Save sends the whole definition, and the server checks it. */
export function AgendaEditor({ def }: { def: WorkshopDefinition }) {
  const t = useT();
  const send = useSend();
  // null while nothing is edited: the form then follows the workshop live; edits are never overwritten by it.
  const [draft, setDraft] = useState<WorkshopDefinition | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const shown = draft ?? def;
  const edit = (patch: (d: WorkshopDefinition) => WorkshopDefinition): void => setDraft((d) => patch(d ?? def));

  const setSegment = (i: number, patch: Partial<Segment>): void =>
    edit((d) => ({ ...d, agenda: d.agenda.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const setQuestion = (i: number, text: string): void =>
    edit((d) => ({ ...d, questions: d.questions.map((q, j) => (j === i ? { ...q, text } : q)) }));
  const save = async (): Promise<void> => {
    // Settings change elsewhere in the console (chime, ideas, mixing): send the current ones, not the draft's copy.
    const result = await send('workshop:update', { definition: { ...shown, settings: def.settings } });
    if (result.ok) setDraft(null);
    setMessage(
      result.ok ? { ok: true, text: t('fac.agenda.saved') } : { ok: false, text: errorText(t, result.error, true) },
    );
  };

  return (
    <form
      className="agenda-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field-grid">
        <label className="field">
          <span>{t('fac.agenda.workshopTitle')}</span>
          <input
            value={shown.title}
            onChange={(e) => edit((d) => ({ ...d, title: e.target.value }))}
            maxLength={200}
            required
          />
        </label>
        <label className="field">
          <span>{t('fac.agenda.date')}</span>
          <input
            type="date"
            value={shown.date}
            onChange={(e) => edit((d) => ({ ...d, date: e.target.value }))}
            required
          />
        </label>
        <label className="field">
          <span>{t('fac.agenda.place')}</span>
          <input value={shown.place} onChange={(e) => edit((d) => ({ ...d, place: e.target.value }))} maxLength={200} />
        </label>
      </div>
      <fieldset>
        <legend>{t('org.questions')}</legend>
        {shown.questions.map((q, i) => (
          <label className="field" key={q.id}>
            <span>{t('question.n', { n: i + 1 })}</span>
            <textarea
              value={q.text}
              rows={2}
              maxLength={500}
              onChange={(e) => setQuestion(i, e.target.value)}
              required
            />
          </label>
        ))}
      </fieldset>
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
      <div className="btn-row">
        <button type="submit" className="btn btn-primary">
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setDraft(null)}>
          {t('common.cancel')}
        </button>
      </div>
      <p className={message?.ok ? 'form-ok' : 'form-error'} role="status">
        {message?.text}
      </p>
    </form>
  );
}
