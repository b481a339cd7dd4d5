/**
 * Copies `text`, answering whether it worked. Browsers offer the clipboard only to secure pages, and this app is often
 * opened over plain http on a LAN address: there `navigator.clipboard` is missing, whatever the DOM types say.
 */
export function copyText(text: string): Promise<boolean> {
  if (!window.isSecureContext || !('clipboard' in navigator)) return Promise.resolve(false);
  return navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}
