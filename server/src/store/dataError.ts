/**
 * Whether the store refused a statement for its data (SQLSTATE class 22: a character it cannot hold, a number out of
 * range, malformed JSON). Such an error is about one command's content, not the connection or the log: the runtime
 * refuses that command (`bad_request`) and stays healthy, instead of reloading the workshop. PGlite and node-postgres
 * both put the SQLSTATE in `code`.
 */
export function isDataError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  return typeof err.code === 'string' && err.code.startsWith('22');
}
