import { harvestNb } from './harvest.js';
import { hostNb } from './host.js';
import { nb } from './core.js';
import { participantNb } from './participant.js';
import { groupsNb } from './groups.js';
import { photosNb } from './photos.js';
import { plenaryNb } from './plenary.js';

/**
 * Every bokmål text, merged from the core catalog and each feature's own file. One module per language, so a phone
 * downloads one language, not three. Bokmål is the source: its keys define MessageKey.
 */
export const catalog = { ...nb, ...hostNb, ...participantNb, ...plenaryNb, ...harvestNb, ...photosNb, ...groupsNb };

export type MessageKey = keyof typeof catalog;
/** A complete catalog: the type checker proves nn and en have every key. */
export type Catalog = Record<MessageKey, string>;
