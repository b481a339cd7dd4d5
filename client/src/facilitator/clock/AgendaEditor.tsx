import { useState } from 'react';
import type { Segment, WorkshopDefinition } from '@kafe/shared/agenda';
import { useSend } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { errorText } from '../../ui/errorText';
import { AgendaTable } from './AgendaTable';

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
    // Settings and participant groups change elsewhere in the console (chime, ideas, mixing; the groups panel): send
    // the current ones, not the draft's copy, so saving the agenda never undoes them.
    const result = await send('workshop:update', {
      definition: { ...shown, settings: def.settings, participantGroups: def.participantGroups },
    });
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
      <AgendaTable shown={shown} setSegment={setSegment} />
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
