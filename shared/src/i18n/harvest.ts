import { area } from './area.js';

/** Texts of the harvest feature. Keys are prefixed 'harvest.'. */
export const harvestTexts = area({}, {}, {});
