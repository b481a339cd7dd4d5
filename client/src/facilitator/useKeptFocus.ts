import { useEffect, useRef } from 'react';
import { noteFocusPlace, restoreFocusPlace, type FocusPlace } from './keepFocus';

/**
 * A keyboard user's place through a task that disables its controls while `busy` (a command, a download): `note()`
 * when the task starts; once `busy` is false again and rendered, the focus goes back there if it was dropped
 * (keepFocus.ts). `preferNext` names a better place for the next return: where a merged theme went.
 */
export function useKeptFocus(busy: boolean): {
  note: () => void;
  preferNext: (find: () => HTMLElement | null) => void;
} {
  const place = useRef<FocusPlace | null>(null);
  const preferred = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    if (busy) return;
    const noted = place.current;
    const find = preferred.current;
    // Both are for this task only: a preference left by a press that noted no place (a mouse click in Safari does not
    // focus its button) must not send a later, unrelated command's focus to an old merge's theme.
    place.current = null;
    preferred.current = null;
    if (noted) restoreFocusPlace(noted, find?.());
  }, [busy]);
  return {
    // The latest press is where the user is; a press made with the focus already dropped keeps the earlier place.
    note: () => {
      place.current = noteFocusPlace() ?? place.current;
    },
    preferNext: (find) => {
      preferred.current = find;
    },
  };
}
