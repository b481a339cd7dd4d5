import { useRef, useState } from 'react';
import type { Language } from '@kafe/shared/agenda';
import { KAFEDIALOG_TEMPLATE, KAFEDIALOG_TEMPLATES, templateQuestionsIn } from '@kafe/shared/template';
import { DEFAULT_PARTICIPANT_GROUPS } from '@kafe/shared/participation/groups';
import { draftOf, groupProblems, groupsOfDraft, sameGroups } from '@kafe/shared/participation/groupsEdit';
import { dateInZone } from '@kafe/shared/time';
import { safeDecode } from '../sync/identity';
import { GroupsEditor } from '../ui/groups/GroupsEditor';
import { LanguagePicker } from '../ui/LanguagePicker';
import { useLanguage, useT } from '../ui/i18n';
import { CreatedLinks } from './CreatedLinks';
import { createWorkshop, type Created } from './createWorkshop';
import { MyWorkshops } from './MyWorkshops';
import { readStoredWorkshops, rememberWorkshop } from './storedWorkshops';

/** The organiser creates a workshop from the kafédialog template: title, date, place, tables, questions, language. */
export default function OrganiserPage() {
  const t = useT();
  const uiLang = useLanguage((s) => s.lang);
  const [key, setKey] = useState(() => safeDecode(location.hash.replace(/^#/, '')));
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => dateInZone(Date.now(), KAFEDIALOG_TEMPLATE.timeZone));
  const [place, setPlace] = useState('');
  const [tables, setTables] = useState(KAFEDIALOG_TEMPLATE.tables);
  const [language, setLanguageOf] = useState<Language>(uiLang);
  const [questions, setQuestions] = useState(() => KAFEDIALOG_TEMPLATES[uiLang].questions.map((q) => q.text));
  const [groups, setGroups] = useState(() => draftOf(undefined));
  const [groupsTried, setGroupsTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [mine, setMine] = useState(readStoredWorkshops);
  const titleInput = useRef<HTMLInputElement>(null);

  // Another workshop starts from the same key, date, tables, language and questions (organisers make a series), but
  // with a new title and place; focus goes where the organiser types first.
  const startOver = (): void => {
    setCreated(null);
    setTitle('');
    setPlace('');
    requestAnimationFrame(() => titleInput.current?.focus());
  };

  const submit = async (): Promise<void> => {
    setError(null);
    if (groupProblems(groups, language).length > 0) {
      // The editor lists what is wrong; the form says where to look.
      setGroupsTried(true);
      setError(t('groups.problem.fixFirst'));
      return;
    }
    setBusy(true);
    const list = groupsOfDraft(groups);
    // The default groups are sent as none named: the workshop then follows the defaults, as one made by the API does.
    const participantGroups = sameGroups(list, DEFAULT_PARTICIPANT_GROUPS) ? undefined : list;
    try {
      const result = await createWorkshop(key, { title, date, place, tables, language, questions, participantGroups });
      if (!result.ok) {
        setError(t('org.error', { message: result.message }));
        return;
      }
      setCreated(result.created);
      setMine(rememberWorkshop({ id: result.created.id, title, date }));
    } catch {
      setError(t('org.error', { message: t('conn.error') }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="shell organiser">
      <header className="shell-header">
        <div className="shell-brand">
          <span className="shell-app">{t('app.name')}</span>
        </div>
        <div className="shell-tools">
          <LanguagePicker />
        </div>
      </header>
      <main className="shell-main" id="main">
        <h1>{t('org.title')}</h1>
        {/* Once made, the workshop's links take the form's place: nothing below the fold, no second click making a
            duplicate. */}
        {created && (
          <CreatedLinks title={created.title} joinCode={created.joinCode} links={created.links} onAnother={startOver} />
        )}
        <form
          hidden={created !== null}
          className="organiser-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label className="field">
            <span>{t('org.key')}</span>
            <input
              type="password"
              value={key}
              onChange={(e) => setKey(e.target.value)}
              autoComplete="off"
              aria-describedby="key-help"
              required
            />
          </label>
          <p id="key-help" className="help">
            {t('org.key.help')}
          </p>
          <label className="field">
            <span>{t('fac.agenda.workshopTitle')}</span>
            <input ref={titleInput} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
          </label>
          <div className="field-grid">
            <label className="field">
              <span>{t('fac.agenda.date')}</span>
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
            </label>
            <label className="field">
              <span>{t('fac.agenda.place')}</span>
              <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={200} />
            </label>
            <label className="field">
              <span>{t('org.tables')}</span>
              <input
                type="number"
                min={1}
                max={60}
                value={tables}
                onChange={(e) => setTables(Number(e.target.value))}
                required
              />
            </label>
            <label className="field">
              <span>{t('org.language')}</span>
              <select
                value={language}
                onChange={(e) => {
                  const chosen = e.target.value === 'nn' ? 'nn' : e.target.value === 'en' ? 'en' : 'nb';
                  setLanguageOf(chosen);
                  // The template's questions follow the workshop's language until the organiser edits them.
                  setQuestions((current) => templateQuestionsIn(current, chosen));
                }}
              >
                <option value="nb">{t('lang.nb')}</option>
                <option value="nn">{t('lang.nn')}</option>
                <option value="en">{t('lang.en')}</option>
              </select>
            </label>
          </div>
          <fieldset>
            <legend>{t('org.questions')}</legend>
            {questions.map((q, i) => (
              <label className="field" key={i}>
                <span>{t('question.n', { n: i + 1 })}</span>
                <textarea
                  rows={2}
                  value={q}
                  maxLength={500}
                  onChange={(e) => setQuestions(questions.map((x, j) => (j === i ? e.target.value : x)))}
                  required
                />
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('groups.edit.title')}</legend>
            <GroupsEditor
              draft={groups}
              onChange={setGroups}
              language={language}
              idPrefix="org-groups"
              showAll={groupsTried}
            />
            <p className="help">{t('groups.edit.later')}</p>
          </fieldset>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('org.creating') : t('org.create')}
          </button>
          <p className="form-error" role="alert">
            {error}
          </p>
        </form>
        {mine.length > 0 && <MyWorkshops workshops={mine} />}
      </main>
    </div>
  );
}
