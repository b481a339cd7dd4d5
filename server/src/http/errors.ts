import type { ErrorRequestHandler, Response } from 'express';
import type { ErrorCode } from '@kafe/shared/protocol';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  conflict: 409,
  unsupported_protocol: 400,
  internal: 500,
  busy: 503,
  full: 403,
};

/** Every HTTP error has one shape: {error: {code, message}}. */
export function sendError(res: Response, code: ErrorCode, message: string, status = STATUS[code]): void {
  res.status(status).json({ error: { code, message } });
}

/** Turns body-parser and unexpected errors into clear JSON answers; never leaks a stack trace. */
export const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  const type = typeof err === 'object' && err !== null && 'type' in err ? String(err.type) : '';
  if (type === 'entity.parse.failed') {
    sendError(res, 'bad_request', 'the body is not valid JSON');
    return;
  }
  if (type === 'entity.too.large') {
    sendError(res, 'bad_request', 'the body is too large', 413);
    return;
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    sendError(res, 'bad_request', 'send the body as UTF-8 JSON');
    return;
  }
  console.error('unexpected error in an HTTP handler:', err);
  sendError(res, 'internal', 'something went wrong on the server');
};
