/**
 * Of the numbers of notes per wrap-up card tried (→ how many cards each left out), the one to keep: the most notes
 * among those that leave out the fewest cards. Fewer notes only where that brings a theme back on screen.
 */
export function bestNotes(clipped: Record<number, number>): number {
  const tried = Object.entries(clipped).map(([notes, left]) => ({ notes: Number(notes), left }));
  tried.sort((a, b) => a.left - b.left || b.notes - a.notes);
  return tried[0]?.notes ?? 0;
}
