import type { RequiredFilingField } from '@kafe/shared/filingMissing';
import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { useT } from '../../ui/i18n';

const NAME: Record<RequiredFilingField, MessageKey> = {
  reference: 'harvest.missing.reference',
  organisation: 'harvest.missing.organisation',
  unit: 'harvest.missing.unit',
  purpose: 'harvest.missing.purpose',
};

/**
 * Beside the download buttons: which filing details the report still lacks ("Rapporten mangler saksnummer, virksomhet
 * og formål."), and how many next steps have no owner or deadline, so nobody files a Word document without them
 * unawares. It warns; the downloads stay open.
 */
export function MissingFiling({
  missing,
  stepsLacking,
}: {
  missing: readonly RequiredFilingField[];
  stepsLacking: number;
}) {
  const t = useT();
  if (missing.length === 0 && stepsLacking === 0) return null;
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
    </>
  );
}
