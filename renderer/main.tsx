import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/home.css';
import './styles/plan.css';
import './styles/nodes.css';
import './styles/inspector.css';
import { createClient } from './api/client.ts';
import App from './App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');
createRoot(container).render(
  <StrictMode>
    <App api={createClient()} />
  </StrictMode>,
);
