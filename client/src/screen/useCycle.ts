import { useEffect, useState } from 'react';

/** Which of `count` pages to show: each in turn for `everyMs`, from the first again whenever the count changes. */
export function useCycle(count: number, everyMs: number): number {
  const [state, setState] = useState({ count, index: 0 });
  const current = state.count === count ? state.index : 0;
  useEffect(() => {
    if (count <= 1) return;
    const timer = window.setInterval(
      () => setState((s) => ({ count, index: s.count === count ? (s.index + 1) % count : 0 })),
      everyMs,
    );
    return () => window.clearInterval(timer);
  }, [count, everyMs]);
  return Math.min(current, Math.max(0, count - 1));
}
