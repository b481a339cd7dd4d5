import { area } from './area.js';

/** Texts of the plenary feature. Keys are prefixed 'plenary.'. */
export const plenaryTexts = area({}, {}, {});
