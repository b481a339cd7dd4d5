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
    const noted = place.current;
    if (busy || !noted) return;
    place.current = null;
    const find = preferred.current;
    preferred.current = null;
    restoreFocusPlace(noted, find?.());
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
