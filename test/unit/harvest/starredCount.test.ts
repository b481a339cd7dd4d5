// A live run (2026-12-03) filed «…deltakerne sendte inn 9 ideer fra mobilen; 12 av dem ble stjernemerket som særlig
// viktige»: 12 of 9 ideas. The stars are counted over notes and ideas together, so the first page now says so in a
// sentence of its own. The scripted workshop has one idea and four starred notes.
import { describe, expect, it } from 'vitest';
import { must } from '../../fixtures/must.js';
import { reportWith } from './reportWith.js';

/** The scripted workshop's one idea from a phone. */
const ideaId = (): string =>
  must(
    reportWith([])
      .report.questions.flatMap((q) => q.groups.flatMap((g) => g.notes))
      .find((n) => n.authorRole === 'participant'),
  ).id;

describe('the first page counts starred notes apart from the ideas', () => {
  it('in bokmål, the stars are of all notes, not «4 av dem» after one idea', () => {
    const { report, md } = reportWith([]);
    expect(report.participation.ideas).toBe(1);
    expect(report.participation.starred).toBe(4);
    expect(md).toContain(
      'Bordvertene noterte 11 innspill, og deltakerne sendte inn én idé fra mobilen. Av innspillene og ideene til sammen ble 4 stjernemerket som særlig viktige.',
    );
    expect(md).not.toContain('av dem ble stjernemerket');
  });

  it('in nynorsk and English too', () => {
    const nn = reportWith([], 'nn').md;
    expect(nn).toContain(
      'Bordvertane noterte 11 innspel, og deltakarane sende inn éin idé frå mobilen. Av innspela og ideane til saman vart 4 stjernemerkte som særleg viktige.',
    );
    expect(nn).not.toContain('av dei vart stjernemerkte');
    const en = reportWith([], 'en').md;
    expect(en).toContain(
      'The table hosts wrote 11 notes and participants sent one idea from their phones. Of all these, 4 were starred as especially important.',
    );
    expect(en).not.toContain('of them were starred');
  });

  it('without ideas, the stars are of the notes', () => {
    const { report, md } = reportWith([{ type: 'note.deleted', noteId: ideaId() }]);
    expect(report.participation.ideas).toBe(0);
    expect(md).toContain('Av innspillene ble 4 stjernemerket som særlig viktige.');
  });
});
