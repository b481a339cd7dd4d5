import { harvestNn } from './harvest.js';
import { hostNn } from './host.js';
import { nn } from './core.js';
import { participantNn } from './participant.js';
import { groupsNn } from './groups.js';
import { photosNn } from './photos.js';
import { plenaryNn } from './plenary.js';
import type { Catalog } from '../nb/index.js';

/** Every nynorsk text. */
export const catalog: Catalog = {
  ...nn,
  ...hostNn,
  ...participantNn,
  ...plenaryNn,
  ...harvestNn,
  ...photosNn,
  ...groupsNn,
};
