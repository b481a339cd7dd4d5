import { useState } from 'react';
import { FILING_LIMITS, emptyFilingFrame, filingFrameSchema, type FilingFrame as Frame } from '@kafe/shared/filing';
import { ownPurpose } from '@kafe/shared/harvest/templateTexts';
import { methodParagraph } from '@kafe/shared/harvest/method';
import { tablesTookPart } from '@kafe/shared/harvest/participation';
import type { Note } from '@kafe/shared/note';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { IndicatorsEditor, indicatorDrafts, withIndicators, type IndicatorDraft } from './IndicatorsEditor';
import { NextStepsEditor } from './NextStepsEditor';

type TextField = 'reference' | 'organisation' | 'unit' | 'author';
const TEXT_FIELDS: {
  field: TextField;
  label: 'harvest.frame.reference' | 'harvest.frame.organisation' | 'harvest.frame.unit' | 'harvest.frame.author';
  max: number;
}[] = [
  { field: 'reference', label: 'harvest.frame.reference', max: 100 },
  { field: 'organisation', label: 'harvest.frame.organisation', max: 200 },
  { field: 'unit', label: 'harvest.frame.unit', max: 200 },
  { field: 'author', label: 'harvest.frame.author', max: 200 },
];

const DONE_TEXT = {
  saved: 'harvest.frame.saved',
  badNumber: 'harvest.frame.badNumber',
  badPeople: 'harvest.frame.badPeople',
} as const;

/**
 * What the report is filed with, filled in before or after the workshop (report:frame): reference, organisation,
 * author, the people counted in the room (the app only knows phones), the workshop's purpose, the method (a suggestion made from the agenda, to edit), next steps drafted
 * from starred notes, and the evaluation's indicators (settings:set). Everything optional.
 */
export function FilingFrame({ missing }: { missing: boolean }) {
  const t = useT();
  // Open while required details are missing, so they are seen before a download; once the facilitator opens or closes
  // it (or saves), their choice holds and the panel does not fold away under them.
  const [chosenOpen, setChosenOpen] = useState<boolean | null>(null);
  const def = useWorkshop((s) => s.state.definition);
  const saved = useWorkshop((s) => s.state.filing);
  const votes = useWorkshop((s) => Object.keys(s.state.votes).length);
  const tables = useWorkshop((s) => tablesTookPart(s.state));
  const notes = useWorkshop((s) => s.state.notes);
  const order = useWorkshop((s) => s.state.noteOrder);
  const [draft, setDraft] = useState<Frame | null>(null);
  const [indicators, setIndicators] = useState<IndicatorDraft[] | null>(null);
  // The count as typed, so «6» on the way to «60» or a stray comma is not lost to parsing; checked on save.
  const [peopleText, setPeopleText] = useState<string | null>(null);
  const [done, setDone] = useState<'saved' | 'badNumber' | 'badPeople' | null>(null);
  const { run, busy, error } = useFacilitatorCommand();
  if (!def) return null;

  const comma = def.language !== 'en';
  // The purpose the workshop was created with, when someone wrote one for it (never the template's example).
  const givenPurpose = ownPurpose(def.purpose);
  const suggested = methodParagraph(def, { votes, evaluated: def.settings.evaluation.length > 0, tables }, t);
  const frame = draft ?? saved ?? emptyFilingFrame();
  const method = frame.method || suggested;
  const drafts = indicators ?? indicatorDrafts(def.settings.evaluation, comma);
  const starred = order
    .map((id) => notes[id])
    .filter((n): n is Note => !!n && n.starred && !n.deleted && n.status === 'shown');
  const edit = (change: Partial<Frame>): void => {
    setDraft({ ...frame, ...change });
    setDone(null);
  };

  const people = peopleText ?? (frame.peopleInRoom === undefined ? '' : String(frame.peopleInRoom));

  const save = async (): Promise<void> => {
    // The same rule the server applies (a whole number, 1 to 10,000), so a bad count is named here, not refused there.
    // A text field, not type="number": the browser would empty "ca 60" before we see it and save it as no count.
    // Spaces between thousands ("1 200") are how Norwegian writes numbers.
    const digits = people.replace(/\s/gu, '');
    const counted = filingFrameSchema.shape.peopleInRoom.safeParse(digits ? Number(digits) : undefined);
    if (!counted.success) {
      setDone('badPeople');
      return;
    }
    const evaluation = withIndicators(def.settings.evaluation, drafts);
    if (!evaluation) {
      setDone('badNumber');
      return;
    }
    const next: Frame = {
      ...frame,
      // The suggestion is not stored: the report makes it again, in its own language, from the agenda as it is then.
      method: method.trim() === suggested.trim() ? '' : method.trim(),
      nextSteps: frame.nextSteps.filter((s) => s.what.trim() !== ''),
      peopleInRoom: counted.data,
    };
    if (!(await run('report:frame', { frame: next }))) return;
    if (JSON.stringify(evaluation) !== JSON.stringify(def.settings.evaluation)) {
      if (!(await run('settings:set', { settings: { evaluation } }))) return;
    }
    setDraft(null);
    setPeopleText(null);
    setIndicators(null);
    setDone('saved');
    setChosenOpen((open) => open ?? true);
  };

  return (
    <details
      className="filing-frame"
      data-testid="filing-frame"
      open={chosenOpen ?? missing}
      onToggle={(e) => {
        const open = e.currentTarget.open;
        // React sets `open` itself too, which also fires toggle: only a change from what it shows is the user's.
        if (open !== (chosenOpen ?? missing)) setChosenOpen(open);
      }}
    >
      <summary>{t('harvest.frame.title')}</summary>
      <p className="help">{t('harvest.frame.help')}</p>
      <div className="field-grid">
        {TEXT_FIELDS.map(({ field, label, max }) => (
          <label key={field} className="field">
            <span>{t(label)}</span>
            <input
              data-testid={`filing-${field}`}
              value={frame[field]}
              maxLength={max}
              onChange={(e) => edit({ [field]: e.target.value })}
            />
          </label>
        ))}
      </div>
      <div className="filing-people">
        <label className="field">
          <span>{t('harvest.frame.peopleInRoom')}</span>
          <input
            data-testid="filing-peopleInRoom"
            type="text"
            inputMode="numeric"
            maxLength={String(FILING_LIMITS.peopleInRoom).length + 2}
            value={people}
            aria-describedby="filing-peopleInRoom-help"
            onChange={(e) => {
              setPeopleText(e.target.value);
              setDone(null);
            }}
          />
        </label>
        {/* Outside the label: inside, it would be part of the field's name and read twice. */}
        <small className="help" id="filing-peopleInRoom-help">
          {t('harvest.frame.peopleInRoom.help')}
        </small>
      </div>
      <label className="field">
        <span>{t('harvest.frame.purpose')}</span>
        <textarea
          data-testid="filing-purpose"
          value={frame.purpose}
          rows={4}
          maxLength={3000}
          placeholder={givenPurpose}
          onChange={(e) => edit({ purpose: e.target.value })}
        />
        <small className="help">
          {t(givenPurpose ? 'harvest.frame.purpose.helpGiven' : 'harvest.frame.purpose.help')}
        </small>
      </label>
      <label className="field">
        <span>{t('harvest.frame.method')}</span>
        <textarea
          data-testid="filing-method"
          value={method}
          rows={7}
          maxLength={4000}
          onChange={(e) => edit({ method: e.target.value })}
        />
        <small className="help">{t('harvest.frame.method.help')}</small>
      </label>
      {method !== suggested && (
        <button type="button" className="btn btn-quiet" onClick={() => edit({ method: '' })}>
          {t('harvest.frame.method.reset')}
        </button>
      )}
      <NextStepsEditor steps={frame.nextSteps} starred={starred} onChange={(nextSteps) => edit({ nextSteps })} />
      <IndicatorsEditor
        items={drafts}
        onChange={(next) => {
          setIndicators(next);
          setDone(null);
        }}
      />
      <div className="btn-row">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="filing-save"
          disabled={busy}
          onClick={() => void save()}
        >
          {t('common.save')}
        </button>
        <span
          role="status"
          aria-live="polite"
          className={error || done === 'badNumber' || done === 'badPeople' ? 'form-error' : 'form-ok'}
        >
          {error ?? (done ? t(DONE_TEXT[done]) : '')}
        </span>
      </div>
    </details>
  );
}
