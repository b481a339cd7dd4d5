// The harvest report: one model (build.ts) from a workshop's state and log, and one layout (document/) that the
// Markdown, Word and print renderers share. Pure: no I/O, no clock read.
export { buildHarvestReport, type HarvestOptions } from './build.js';
export type * from './types.js';
