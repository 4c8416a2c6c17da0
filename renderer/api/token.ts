import { TOKEN_QUERY } from '../../shared/http.ts';

const STORAGE_KEY = 'atlas.token';

/** Where the token comes from: the page address, session storage and history (injected for tests). */
export interface TokenSources {
  location: Pick<Location, 'href'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/**
 * The browser-mode token: read from `?token=` on first load, kept in session storage so reloads work,
 * and stripped from the visible address so it is not copied or shared by accident.
 */
export function readToken(sources: TokenSources): string | null {
  const url = new URL(sources.location.href);
  const fromAddress = url.searchParams.get(TOKEN_QUERY);
  if (fromAddress) {
    sources.storage.setItem(STORAGE_KEY, fromAddress);
    url.searchParams.delete(TOKEN_QUERY);
    sources.history.replaceState(sources.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromAddress;
  }
  return sources.storage.getItem(STORAGE_KEY);
}
