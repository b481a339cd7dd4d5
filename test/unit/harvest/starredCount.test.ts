// A live run (2026-12-03) filed «…deltakerne sendte inn 9 ideer fra mobilen; 12 av dem ble stjernemerket som særlig
// viktige»: 12 of 9 ideas. The stars are counted over notes and ideas together, so the first page now says so in a
// sentence of its own. The scripted workshop has one idea and four starred notes.
import { describe, expect, it } from 'vitest';
import { reportWith } from './reportWith.js';

describe('the first page counts starred notes apart from the ideas', () => {
  it('in bokmål, the stars are of all notes, not «4 av dem» after one idea', () => {
    const { report, md } = reportWith([]);
    expect(report.participation.ideas).toBe(1);
    expect(report.participation.starred).toBe(4);
    expect(md).toContain(
      'Bordvertene noterte 11 innspill, og deltakerne sendte inn én idé fra mobilen. Av alle innspillene ble 4 stjernemerket som særlig viktige.',
    );
    expect(md).not.toContain('av dem ble stjernemerket');
  });

  it('in nynorsk and English too', () => {
    const nn = reportWith([], 'nn').md;
    expect(nn).toContain(
      'Bordvertane noterte 11 innspel, og deltakarane sende inn éin idé frå mobilen. Av alle innspela vart 4 stjernemerkte som særleg viktige.',
    );
    expect(nn).not.toContain('av dei vart stjernemerkte');
    const en = reportWith([], 'en').md;
    expect(en).toContain(
      'The table hosts wrote 11 notes and participants sent one idea from their phones. Of all these, 4 were starred as especially important.',
    );
    expect(en).not.toContain('of them were starred');
  });
});
