import type { GroupProblem } from '@kafe/shared/participation/groupsEdit';
import type { Translate } from '../i18n';

/** A draft's problem in the reader's language. */
export function problemText(t: Translate, p: GroupProblem): string {
  switch (p.kind) {
    case 'none':
      return t('groups.problem.none');
    case 'tooMany':
      return t('groups.problem.tooMany', { max: p.max });
    case 'empty':
      return t('groups.problem.empty', { n: p.n });
    case 'tooLong':
      return t('groups.problem.tooLong', { n: p.n, max: p.max });
    case 'unstorable':
      return t('groups.problem.unstorable', { n: p.n });
    case 'duplicate':
      return t('groups.problem.duplicate', { name: p.name });
    default:
      return p satisfies never;
  }
}
