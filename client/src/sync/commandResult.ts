import { ERROR_CODES } from '@kafe/shared/constants';
import type { CommandResult, ErrorCode } from '@kafe/shared/protocol';

const isErrorCode = (v: unknown): v is ErrorCode => ERROR_CODES.some((c) => c === v);

/** An ack as it came off the wire, narrowed to a CommandResult; anything else is a retryable 'internal' error. */
export function commandResultOf(ack: unknown): CommandResult {
  if (typeof ack === 'object' && ack !== null && 'ok' in ack) {
    if (ack.ok === true) return { ok: true, data: 'data' in ack ? ack.data : undefined };
    const error: unknown = 'error' in ack ? ack.error : undefined;
    if (typeof error === 'object' && error !== null && 'code' in error && isErrorCode(error.code)) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: 'message' in error && typeof error.message === 'string' ? error.message : '',
        },
      };
    }
  }
  return { ok: false, error: { code: 'internal', message: 'unexpected answer from the server' } };
}

export const noAnswer = (message: string): CommandResult => ({ ok: false, error: { code: 'internal', message } });
