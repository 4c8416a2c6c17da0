import { createContext, useContext } from 'react';
import type { AtlasApi } from '../../shared/api.ts';

/** Provides the API client to every screen. */
export const ApiContext = createContext<AtlasApi | null>(null);

/** The API client; throws when used outside the provider (a bug, not a user error). */
export function useApi(): AtlasApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiContext.Provider>.');
  return api;
}
