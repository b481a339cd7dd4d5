/**
 * Object URLs of stored photos, fetched once per page with the page's token: an <img src> cannot send an
 * Authorization header, and a token in a URL would end up in logs. The browser's own cache (the server says
 * "private, immutable") makes a reload cheap too.
 */
const urls = new Map<string, Promise<string | null>>();

export function photoUrl(workshopId: string, photoId: string, token: string): Promise<string | null> {
  const key = `${workshopId}/${photoId}`;
  let url = urls.get(key);
  if (!url) {
    url = fetchPhoto(workshopId, photoId, token);
    urls.set(key, url);
    // A failure (offline, not yet stored) is not remembered: the next render tries again.
    void url.then((u) => {
      if (u === null) urls.delete(key);
    });
  }
  return url;
}

async function fetchPhoto(workshopId: string, photoId: string, token: string): Promise<string | null> {
  try {
    const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/photos/${photoId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return res.ok ? URL.createObjectURL(await res.blob()) : null;
  } catch {
    return null;
  }
}
