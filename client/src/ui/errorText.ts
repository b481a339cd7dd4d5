import { ERROR_CODES } from '@kafe/shared/constants';
import type { Translate } from './i18n';

type ErrorCode = (typeof ERROR_CODES)[number];
const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

/**
 * A server refusal in the reader's language. Refusals carry a stable code and an English detail for logs and API
 * users; people see the code's text, and the facilitator's console adds the detail (it names what to change).
 */
export function errorText(t: Translate, error: { code: string; message: string }, withDetail = false): string {
  const text = t(`error.code.${isErrorCode(error.code) ? error.code : 'internal'}`);
  return withDetail && error.message ? `${text} (${error.message})` : text;
}
