import { useCallback, useEffect, useState } from 'react';
import type { AccountWithPlans } from '../../shared/api.ts';
import { useApi } from '../api/ApiContext.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';

/** The library as the home screen shows it. */
export interface LibraryState {
  accounts: AccountWithPlans[] | null;
  error: string | null;
  reload(): Promise<void>;
}

/** Loads the accounts with their plans, and reloads on demand. */
export function useLibrary(): LibraryState {
  const api = useApi();
  const [accounts, setAccounts] = useState<AccountWithPlans[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setAccounts(await api.listAccounts({}));
      setError(null);
    } catch (caught) {
      setError(errorSentence(caught));
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { accounts, error, reload };
}
