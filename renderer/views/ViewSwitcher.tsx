import { describeShortcut } from '../commands/shortcuts.ts';
import { showViewCommands } from '../commands/showView.ts';
import { usePlan, useRunCommand } from '../map/PlanContext.tsx';
import { VIEWS } from './registry.ts';
import { VIEW_PANEL_ID } from './viewPanel.ts';

/** Tabs that show the plan as map, org chart, power map or coverage table. */
export function ViewSwitcher() {
  const run = useRunCommand();
  const current = usePlan((state) => state.view);
  return (
    <div className="atlas-views" role="tablist" aria-label="Views">
      {VIEWS.map((view, index) => (
        <button
          key={view.id}
          type="button"
          role="tab"
          id={`atlas-view-tab-${view.id}`}
          aria-selected={current === view.id}
          aria-controls={current === view.id ? VIEW_PANEL_ID : undefined}
          tabIndex={current === view.id ? 0 : -1}
          className={`atlas-views__tab ${current === view.id ? 'is-current' : ''}`}
          title={`${view.label} (${describeShortcut(view.shortcut)})`}
          onClick={() => run(showViewCommands[index]!, undefined)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
            event.preventDefault();
            const next = (index + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length;
            run(showViewCommands[next]!, undefined);
            document.getElementById(`atlas-view-tab-${VIEWS[next]!.id}`)?.focus();
          }}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}
