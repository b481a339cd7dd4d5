import type { RequiredFilingField } from '@kafe/shared/filingMissing';
import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { STATUS_LABEL } from '@kafe/shared/harvest/statusLabel';
import type { TimelineStatus } from '@kafe/shared/timeline';
import { useT } from '../../ui/i18n';

const NAME: Record<RequiredFilingField, MessageKey> = {
  reference: 'harvest.missing.reference',
  organisation: 'harvest.missing.organisation',
  unit: 'harvest.missing.unit',
  purpose: 'harvest.missing.purpose',
};

/**
 * Beside the download buttons: which filing details the report still lacks ("Rapporten mangler saksnummer, virksomhet
 * og formål."), how many next steps have no owner or deadline, and whether the workshop has not ended (the report
 * then says «Status: Pågår», which an archive would keep for good: a report downloaded after the day, with the
 * wrap-up never moved on, read as a workshop still running), so nobody files a Word document like that unawares. It
 * warns; the downloads stay open.
 */
export function MissingFiling({
  missing,
  stepsLacking,
  status,
}: {
  missing: readonly RequiredFilingField[];
  stepsLacking: number;
  status: TimelineStatus;
}) {
  const t = useT();
  if (missing.length === 0 && stepsLacking === 0 && status === 'finished') return null;
  const names = missing.map((field) => t(NAME[field]));
  const last = names.pop() ?? '';
  const fields = names.length ? `${names.join(', ')} ${t('harvest.missing.and')} ${last}` : last;
  return (
    <>
      {missing.length > 0 && (
        <p className="filing-missing" data-testid="filing-missing">
          <strong>{t('harvest.missing', { fields })}</strong> {t('harvest.missing.help')}
        </p>
      )}
      {stepsLacking > 0 && (
        <p className="filing-missing" data-testid="filing-steps-missing">
          <strong>
            {stepsLacking === 1 ? t('harvest.missing.stepsOne') : t('harvest.missing.steps', { n: stepsLacking })}
          </strong>{' '}
          {t('harvest.missing.steps.help')}
        </p>
      )}
      {status !== 'finished' && (
        <p className="filing-missing" data-testid="filing-unfinished">
          <strong>{t('harvest.missing.unfinished', { status: t(STATUS_LABEL[status]) })}</strong>
          {/* How to end it, once it runs; before the start there is nothing to end yet. */}
          {status !== 'notStarted' && ` ${t('harvest.missing.unfinished.help')}`}
        </p>
      )}
    </>
  );
}
