import { useEffect, useState } from 'react';
import { SEGMENT_KINDS } from '@kafe/shared/constants';
import type { Segment, SegmentKind, WorkshopDefinition } from '@kafe/shared/agenda';
import { command } from '../sync/commands';
import { useT } from '../ui/i18n';

const isKind = (v: string): v is SegmentKind => (SEGMENT_KINDS as readonly string[]).includes(v);

/** Edits title, date, questions and segments as a draft; Save sends the whole definition, and the server checks it. */
export function AgendaEditor({ def }: { def: WorkshopDefinition }) {
  const t = useT();
  const [draft, setDraft] = useState(def);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setDraft(def), [def]);

  const setSegment = (i: number, patch: Partial<Segment>): void =>
    setDraft((d) => ({ ...d, agenda: d.agenda.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const setQuestion = (i: number, text: string): void =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q, j) => (j === i ? { ...q, text } : q)) }));
  const save = async (): Promise<void> => {
    const result = await command('workshop:update', { definition: draft });
    setMessage(result.ok ? { ok: true, text: t('fac.agenda.saved') } : { ok: false, text: result.error.message });
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
          <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} maxLength={200} required />
        </label>
        <label className="field">
          <span>{t('fac.agenda.date')}</span>
          <input type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} required />
        </label>
        <label className="field">
          <span>{t('fac.agenda.place')}</span>
          <input value={draft.place} onChange={(e) => setDraft({ ...draft, place: e.target.value })} maxLength={200} />
        </label>
      </div>
      <fieldset>
        <legend>{t('org.questions')}</legend>
        {draft.questions.map((q, i) => (
          <label className="field" key={q.id}>
            <span>{t('question.n', { n: i + 1 })}</span>
            <textarea value={q.text} rows={2} maxLength={500} onChange={(e) => setQuestion(i, e.target.value)} required />
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
          {draft.agenda.map((s, i) => (
            <tr key={s.id}>
              <td>
                <input type="time" aria-label={`${t('fac.agenda.start')}: ${s.title}`} value={s.start} onChange={(e) => setSegment(i, { start: e.target.value })} required />
              </td>
              <td>
                <input
                  type="number" min={1} max={600} aria-label={`${t('fac.agenda.minutes')}: ${s.title}`} value={s.durationMin}
                  onChange={(e) => setSegment(i, { durationMin: Number(e.target.value) })} required
                />
              </td>
              <td>
                <select aria-label={`${t('fac.agenda.kind')}: ${s.title}`} value={s.kind} onChange={(e) => isKind(e.target.value) && setSegment(i, { kind: e.target.value })}>
                  {SEGMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={`${t('fac.agenda.title')} ${i + 1}`} value={s.title} maxLength={120} onChange={(e) => setSegment(i, { title: e.target.value })} required />
              </td>
              <td>
                <select
                  aria-label={`${t('fac.agenda.question')}: ${s.title}`}
                  value={s.questionId ?? ''}
                  onChange={(e) => setSegment(i, { questionId: e.target.value || undefined })}
                >
                  <option value="">–</option>
                  {draft.questions.map((q, n) => (
                    <option key={q.id} value={q.id}>
                      {t('question.n', { n: n + 1 })}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input type="checkbox" aria-label={`${t('fac.agenda.hold')}: ${s.title}`} checked={!!s.hold} onChange={(e) => setSegment(i, { hold: e.target.checked })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="btn-row">
        <button type="submit" className="btn btn-primary">
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setDraft(def)}>
          {t('common.cancel')}
        </button>
      </div>
      <p className={message?.ok ? 'form-ok' : 'form-error'} role="status">
        {message?.text}
      </p>
    </form>
  );
}
