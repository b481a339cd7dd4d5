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
 * Sends the upload and never reads the answer: the tablet whose Wi-Fi dropped just after the photo went out. The
 * connection stays open until `hangUp` (hanging up at once could cut the body short on the server's side, which is
 * another case: an incomplete upload). Resolves once the request is written.
 */
export function uploadWithoutAnswer(
  url: string,
  workshopId: string,
  token: string,
  u: Upload,
  body: Buffer,
): Promise<{ hangUp: () => void }> {
  return new Promise((resolve) => {
    const req = request(`${url}${uploadPath(workshopId, u)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg', 'content-length': body.length },
    });
    req.on('error', () => undefined); // the hang-up itself
    req.end(body, () => resolve({ hangUp: () => req.destroy() }));
  });
}
