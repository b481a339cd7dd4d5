import type { RequestHandler } from 'express';
import { originAllowed, type AllowedOrigins } from '../origin.js';
import { sendError } from './errors.js';

/** Refuses API requests that a page on another origin sends (CSRF, DNS rebinding); same rule as for sockets. */
export function originGuard(allowed: AllowedOrigins): RequestHandler {
  return (req, res, next) => {
    if (originAllowed(req, allowed)) {
      next();
      return;
    }
    sendError(res, 'forbidden', 'requests from another site are not accepted');
  };
}
