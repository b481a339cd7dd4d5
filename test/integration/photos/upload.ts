// Uploading a flip-chart photo as a table host's tablet does: the raw bytes as the body, the command in the query.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';

export interface Upload {
  opId: string;
  photoId: string;
  round: number;
}

export const newUpload = (round = 1): Upload => ({ opId: randomUUID(), photoId: randomUUID(), round });

export const uploadPath = (workshopId: string, u: Upload): string =>
  `/api/workshops/${workshopId}/photos?opId=${u.opId}&photoId=${u.photoId}&round=${u.round}`;

/** POST the photo; answers the status and JSON body. */
export async function upload(
  url: string,
  workshopId: string,
  token: string,
  u: Upload,
  body: Buffer,
  type = 'image/jpeg',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}${uploadPath(workshopId, u)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * Sends the upload and hangs up as soon as the body is out, before any answer: the server goes on and stores it, the
 * tablet never hears back (the Wi-Fi dropped). Resolves once the request is written.
 */
export function uploadAndHangUp(
  url: string,
  workshopId: string,
  token: string,
  u: Upload,
  body: Buffer,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${uploadPath(workshopId, u)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg', 'content-length': body.length },
    });
    req.on('error', () => undefined); // the hang-up itself
    req.on('response', (res) => res.destroy());
    req.end(body, () => {
      req.destroy();
      resolve();
    });
    req.on('close', () => resolve());
    setTimeout(() => reject(new Error('the request was never written')), 10_000).unref();
  });
}
