/** The join address as people type it: no scheme, and no code (they type that separately). 'kafe.no/join'. */
export function typedJoinAddress(joinUrl: string): string {
  return joinUrl.replace(/^https?:\/\//, '').replace(/\/join\/.*$/, '/join');
}
