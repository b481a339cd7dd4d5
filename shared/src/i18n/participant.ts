import { area } from './area.js';

/** Texts of the participant feature. Keys are prefixed 'participant.'. */
export const participantTexts = area({}, {}, {});
