import type { RequestHandler } from 'express';
import { originAllowed } from '../origin.js';
import { sendError } from './errors.js';

/** Refuses API requests that a page on another origin sends (CSRF); same rule as for sockets. */
export function originGuard(publicUrl: string): RequestHandler {
  return (req, res, next) => {
    if (originAllowed(req, publicUrl)) return next();
    sendError(res, 'forbidden', 'requests from another site are not accepted');
  };
}
