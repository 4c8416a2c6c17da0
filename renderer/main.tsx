import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/home.css';
import './styles/plan.css';
import './styles/nodes.css';
import './styles/inspector.css';
import './styles/views.css';
import { createClient } from './api/client.ts';
import App, { routeFromHash } from './App.tsx';
import { prefetchPlan } from './map/planLoad.ts';

// The CSP forbids eval: without this zod probes `new Function` on its first parse, which the page refuses (and
// which cost about 25 ms while a large plan opened).
zodConfig({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');
const api = createClient();
const route = routeFromHash(window.location.hash);
if (route.screen === 'plan') prefetchPlan(api, route.planId);
createRoot(container).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
