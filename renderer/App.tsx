import { useEffect, useState } from 'react';
import type { AtlasApi } from '../shared/api.ts';
import { ApiContext } from './api/ApiContext.tsx';
import { LibraryStatusProvider } from './api/LibraryStatus.tsx';
import { HomeScreen } from './home/HomeScreen.tsx';
import { PlanScreen } from './map/PlanScreen.tsx';
import type { HomeIntent } from './map/PlanScreen.tsx';
import { ReadOnlyBanner } from './ui/ReadOnlyBanner.tsx';

type Route = { screen: 'home'; intent: HomeIntent } | { screen: 'plan'; planId: string };

/** Reads the screen from the address (#/plans/<id>), so a reload reopens the same plan. */
export function routeFromHash(hash: string): Route {
  const match = /^#\/plans\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return match ? { screen: 'plan', planId: match[1]! } : { screen: 'home', intent: null };
}

/** The app: the home screen or one open plan. */
export default function App({ api }: { api: AtlasApi }) {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    document.title = route.screen === 'home' ? 'Account Atlas' : 'Account Atlas — plan';
  }, [route]);

  const openPlan = (planId: string) => {
    window.location.hash = `#/plans/${planId}`;
  };
  const goHome = (intent: HomeIntent) => {
    history.pushState(null, '', `${window.location.pathname}${window.location.search}`);
    setRoute({ screen: 'home', intent });
  };

  return (
    <ApiContext.Provider value={api}>
      <LibraryStatusProvider>
        {route.screen === 'home' ? (
          <HomeScreen key="home" onOpenPlan={openPlan} intent={route.intent} />
        ) : (
          <PlanScreen key={route.planId} planId={route.planId} onHome={goHome} onOpenPlan={openPlan} />
        )}
        <ReadOnlyBanner />
      </LibraryStatusProvider>
    </ApiContext.Provider>
  );
}
