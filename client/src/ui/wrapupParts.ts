import type { WrapupPart } from '@kafe/shared/constants';
import type { Translate } from './i18n';

/** The name of a wrap-up part, as the projector and the console's walker say it. */
export function partTitle(t: Translate, part: WrapupPart): string {
  switch (part) {
    case 'themes':
      return t('plenary.part.themes');
    case 'insights':
      return t('plenary.part.insights');
    case 'summaries':
      return t('plenary.part.summaries');
    case 'votes':
      return t('plenary.part.votes');
    case 'overview':
      return t('plenary.part.overview');
    default:
      return part satisfies never;
  }
}
