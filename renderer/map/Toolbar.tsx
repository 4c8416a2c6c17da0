import { useMemo } from 'react';
import { useLibraryStatus } from '../api/LibraryStatus.tsx';
import type { Command } from '../commands/command.ts';
import { redo, undo } from '../commands/history.ts';
import { describeShortcut } from '../commands/shortcuts.ts';
import { openContactImport } from '../commands/importContacts.ts';
import { tidyUp } from '../commands/tidyUp.ts';
import { fitView, placeMinimap, toggleHealth, toggleInspector, toggleLegend, toggleMinimap, togglePreview } from '../commands/view.ts';
import { MINIMAP_CORNER_LABELS, MINIMAP_CORNERS } from './minimapPrefs.ts';
import { formatPeriod } from './format.ts';
import { Glyph } from '../ui/KindIcon.tsx';
import type { GLYPHS } from '../ui/KindIcon.tsx';
import { usePlan, useRunCommand } from './PlanContext.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { ViewSwitcher } from '../views/ViewSwitcher.tsx';
import { ProjectorButton } from '../workshop/ProjectorButton.tsx';
import { WorkshopButton } from '../workshop/WorkshopButton.tsx';
import { MenuButton } from '../ui/MenuButton.tsx';
import { toggleReviews } from '../review/commands.ts';

function CommandButton({ command, glyph, label, pressed }: { command: Command<void>; glyph: keyof typeof GLYPHS; label?: string; pressed?: boolean }) {
  const run = useRunCommand();
  const enabled = usePlan((state) => command.enabledWhen(state));
  const shortcut = command.shortcuts?.[0];
  const name = label ?? command.label;
  return (
    <button
      type="button"
      className={`atlas-tool ${pressed ? 'is-pressed' : ''}`}
      aria-label={name}
      aria-pressed={pressed}
      title={shortcut ? `${name} (${describeShortcut(shortcut)})` : name}
      disabled={!enabled}
      onClick={() => run(command, undefined)}
    >
      <Glyph name={glyph} size={17} />
      <span className="atlas-tool__text">{name}</span>
    </button>
  );
}

function UndoButton() {
  const label = usePlan((state) => state.past.at(-1)?.label);
  return <CommandButton command={undo} glyph="undo" label={label ? `Undo ${label.toLowerCase()}` : 'Undo'} />;
}

function RedoButton() {
  const label = usePlan((state) => state.future.at(-1)?.label);
  return <CommandButton command={redo} glyph="redo" label={label ? `Redo ${label.toLowerCase()}` : 'Redo'} />;
}

/** "Plan": the plan-level actions that are not used every minute, in one menu so the bar fits a laptop screen. */
function PlanMenu({ onRollForward, libraryReadOnly }: { onRollForward(): void; libraryReadOnly: boolean }) {
  const run = useRunCommand();
  const canImport = usePlan((state) => openContactImport.enabledWhen(state));
  const readOnlyReason = libraryReadOnly ? 'Not available while the library is read-only.' : null;
  return (
    <MenuButton
      label="Plan"
      glyph="more"
      menuLabel="Plan actions"
      items={[
        { label: 'Import contacts…', disabledReason: canImport ? null : 'The plan has no account to import under.', onSelect: () => run(openContactImport, undefined) },
        { label: 'New plan for the next period…', disabledReason: readOnlyReason, onSelect: onRollForward },
      ]}
    />
  );
}

/** Chooses the corner of the map the minimap sits in (the corner it is in now is not offered). */
function MinimapCornerMenu() {
  const run = useRunCommand();
  const shown = usePlan((state) => state.showMinimap);
  const corner = usePlan((state) => state.minimapCorner);
  return (
    <MenuButton
      label="Minimap position"
      glyph="corners"
      menuLabel="Minimap position"
      items={MINIMAP_CORNERS.map((choice) => ({
        label: MINIMAP_CORNER_LABELS[choice],
        disabledReason: shown && choice === corner ? 'The minimap is in this corner.' : null,
        onSelect: () => run(placeMinimap, choice),
      }))}
    />
  );
}

/** The plan screen's top bar: back to the accounts, the plan's name, map commands, save status and export. */
export function Toolbar({ onBack, onExport, onRollForward }: { onBack(): void; onExport(): void; onRollForward(): void }) {
  const title = usePlan((state) => state.plan.title);
  const accountName = usePlan((state) => state.account.name);
  // Selectors run on every store update (each drag frame): pick the raw dates, format them only when they change.
  const periodStart = usePlan((state) => state.plan.periodStart);
  const periodEnd = usePlan((state) => state.plan.periodEnd);
  const period = useMemo(() => formatPeriod(periodStart, periodEnd), [periodStart, periodEnd]);
  const minimap = usePlan((state) => state.showMinimap);
  const legend = usePlan((state) => state.showLegend);
  const inspector = usePlan((state) => state.showInspector);
  const sidePane = usePlan((state) => state.sidePane);
  const planId = usePlan((state) => state.plan.id);
  const libraryReadOnly = useLibraryStatus().readOnly;
  return (
    <header className="atlas-toolbar">
      <button type="button" className="atlas-back" onClick={onBack}>
        <Glyph name="back" size={16} />
        <span className="atlas-back__text">All accounts</span>
      </button>
      <div className="atlas-toolbar__title">
        <h1>{title}</h1>
        <span>
          {accountName} · {period}
        </span>
      </div>
      <ViewSwitcher />
      <div className="atlas-toolbar__tools" role="toolbar" aria-label="Map tools">
        <UndoButton />
        <RedoButton />
        <span className="atlas-toolbar__gap" />
        <CommandButton command={tidyUp} glyph="tidy" />
        <CommandButton command={fitView} glyph="fit" label="Fit" />
        <span className="atlas-toolbar__gap" />
        <CommandButton command={toggleMinimap} glyph="minimap" pressed={minimap} />
        <MinimapCornerMenu />
        <CommandButton command={toggleLegend} glyph="legend" pressed={legend} />
        <span className="atlas-toolbar__gap" />
        <CommandButton command={toggleHealth} glyph="health" pressed={sidePane === 'health'} />
        <CommandButton command={toggleReviews} glyph="check" pressed={sidePane === 'reviews'} />
        <CommandButton command={togglePreview} glyph="document" pressed={sidePane === 'preview'} />
        <CommandButton command={toggleInspector} glyph="panel" pressed={inspector} />
        <ProjectorButton />
      </div>
      <SaveStatus />
      <WorkshopButton planId={planId} />
      <PlanMenu onRollForward={onRollForward} libraryReadOnly={libraryReadOnly} />
      <button type="button" className="atlas-button atlas-button--primary" onClick={onExport}>
        <Glyph name="export" size={16} />
        Export…
      </button>
    </header>
  );
}
