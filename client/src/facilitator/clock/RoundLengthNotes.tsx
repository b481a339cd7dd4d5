import type { NotedButton } from './useRoundLengthNotes';

const ORDER: readonly NotedButton[] = ['next', 'prev', 'minus1', 'plus1', 'plus5'];

/**
 * The notes under the clock buttons: 'Neste: Runde 2 blir 32 min'. Not a live region (the minutes tick down while
 * the facilitator waits, and a screen reader would repeat them); each button is described by its note instead.
 */
export function RoundLengthNotes({ notes }: { notes: Partial<Record<NotedButton, string>> }) {
  const shown = ORDER.filter((button) => notes[button]);
  return (
    <ul className="clock-length-notes" data-testid="clock-length-notes">
      {shown.map((button) => (
        <li key={button} id={`clock-note-${button}`} data-testid={`clock-note-${button}`}>
          {notes[button]}
        </li>
      ))}
    </ul>
  );
}
