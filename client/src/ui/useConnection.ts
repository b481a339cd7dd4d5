import { useEffect } from 'react';
import { connect } from '../sync/connection';
import type { Credentials } from '../sync/identity';

/** Keeps this page connected to its workshop while it is mounted. */
export function useConnection(credentials: Credentials | null): void {
  const key = credentials ? JSON.stringify(credentials) : '';
  useEffect(() => {
    if (!credentials) return;
    return connect(credentials);
    // The credentials' content is the dependency, not the object's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
