import { useState } from 'react';
import { useSend } from '../sync/hooks';

/** Tells the server where this phone sits. `pending` shows the choice at once; `failed` when the server said no. */
export function useChooseTable(): { pending: number | null; failed: boolean; choose: (table: number) => void } {
  const send = useSend();
  const [pending, setPending] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const choose = (table: number): void => {
    if (!Number.isInteger(table) || table < 1) return;
    setPending(table);
    void send('participant:table', { table }).then((result) => {
      setPending(null);
      setFailed(!result.ok);
    });
  };
  return { pending, failed, choose };
}
