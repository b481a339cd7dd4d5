import { harvestEn } from './harvest.js';
import { hostEn } from './host.js';
import { en } from './core.js';
import { participantEn } from './participant.js';
import { groupsEn } from './groups.js';
import { photosEn } from './photos.js';
import { plenaryEn } from './plenary.js';
import type { Catalog } from '../nb/index.js';

/** Every English text. */
export const catalog: Catalog = {
  ...en,
  ...hostEn,
  ...participantEn,
  ...plenaryEn,
  ...harvestEn,
  ...photosEn,
  ...groupsEn,
};
