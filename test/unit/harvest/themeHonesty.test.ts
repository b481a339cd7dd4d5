// What the report says about its themes must hold for this harvest: a walkthrough's report said the themes were
// «tilpassa av fasilitatoren, slik dei vart viste i plenum» for questions nobody curated, called the main points
// «the themes most tables raised» without saying how many notes no theme holds, listed a one-note «theme», and left
// the overview's lines without their question.
import { describe, expect, it } from 'vitest';
import { emptyCuration } from '@kafe/shared/events';
import { must } from '../../fixtures/must.js';
import { reportWith } from './reportWith.js';

const notesOf = (q: { groups: { notes: { themeKey: string | null }[] }[] }) => q.groups.flatMap((g) => g.notes);

describe('the report on its themes', () => {
  it('says themes were grouped automatically unless the facilitator curated that question', () => {
    const plain = reportWith([]);
    const q1 = must(plain.report.questions[0]);
    expect(q1.themes.length).toBeGreaterThan(0);
    expect(q1.curated).toBe(false);
    expect(plain.md).toContain(
      'Temaene er gruppert automatisk ut fra innspillene; fasilitatoren har ikke justert dem.',
    );
    expect(plain.md).not.toContain('slik de ble vist i plenum');

    const key = must(q1.themes[0]).key;
    const curated = reportWith([
      {
        type: 'theme.curated',
        questionId: 'q1',
        curation: { ...emptyCuration(), labels: { [key]: 'Tillit i praksis' } },
      },
    ]);
    expect(must(curated.report.questions[0]).curated).toBe(true);
    expect(curated.md).toContain('tilpasset av fasilitatoren, slik de ble vist i plenum');
  });

  it('states how many of a question’s notes are in a theme, and in all, without claiming the themes are everything', () => {
    const { report, md } = reportWith([]);
    const q1 = must(report.questions[0]);
    const inThemes = notesOf(q1).filter((n) => n.themeKey !== null).length;
    expect(inThemes).toBeGreaterThan(0);
    expect(inThemes).toBeLessThan(q1.noteCount);
    expect(md).toContain(`${inThemes} av ${q1.noteCount} innspill er samlet i temaer; resten står i vedlegget.`);
    const all = report.questions.flatMap(notesOf);
    const total = `${all.filter((n) => n.themeKey !== null).length} av ${all.length} innspill er samlet i temaer`;
    const method = must(md.split('## Metode og gjennomføring')[1]).split('\n## ')[0];
    expect(method).toContain(total);
    expect(method).not.toContain('Hovedpunktene er de temaene flest bord tok opp');
    expect(reportWith([], 'nn').md).toContain('innspel er samla i tema; resten står i vedlegget.');
  });

  it('counts the notes the projector could show, as the console does, and says which are in the record only', () => {
    const before = must(reportWith([]).report.questions[0]);
    const shownBefore = notesOf(before).length;
    const hiddenId = must(before.groups.flatMap((g) => g.notes).find((n) => n.themeKey === null)).id;
    const { report, md } = reportWith([{ type: 'note.hidden', noteId: hiddenId, hidden: true }]);
    const q1 = must(report.questions[0]);
    // The one unthemed note is hidden: every note on the screen is in a theme, and the hidden one is named apart.
    expect(md).toContain(
      `Alle de ${shownBefore - 1} innspillene er samlet i temaer. ` +
        'Ett innspill som fasilitatoren skjulte fra storskjermen, står bare i vedlegget.',
    );
    // The hidden note is still in the record (the marker that the appendix was read).
    expect(notesOf(q1).map((n) => ('id' in n ? n.id : ''))).toContain(hiddenId);
  });

  it('lists no theme of a single note: a note split off into its own theme stays a note', () => {
    const { report } = reportWith([]);
    const q1 = must(report.questions[0]);
    const theme = must(q1.themes.find((t) => t.count >= 2));
    const noteId = must(theme.representative[0]).id;
    const split = reportWith([
      { type: 'theme.curated', questionId: 'q1', curation: { ...emptyCuration(), moved: { [noteId]: 'own' } } },
    ]).report;
    for (const q of split.questions) for (const t of q.themes) expect(t.count).toBeGreaterThanOrEqual(2);
    const note = must(notesOf(must(split.questions[0])).find((n) => 'id' in n && n.id === noteId));
    expect(note.themeKey).toBeNull();
  });

  it('names the question of each point across questions', () => {
    const { report, md } = reportWith([]);
    expect(report.mainPoints.length).toBeGreaterThan(0);
    const overview = must(md.split('## På tvers av spørsmålene')[1]);
    for (const p of report.mainPoints) {
      const n = must(report.questions.find((q) => q.questionId === p.questionId)).number;
      expect(overview).toMatch(
        new RegExp(`- ${p.label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} — .*\\(spørsmål ${n}\\)`, 'u'),
      );
    }
  });
});
