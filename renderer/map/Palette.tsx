import { PALETTE_KINDS, kindOf } from '../../shared/kinds/index.ts';
import { addNodeOfKind } from '../commands/addNode.ts';
import { singleSelectedNode } from '../commands/edits.ts';
import { rootNode } from '../store/tree.ts';
import { KindIcon } from '../ui/KindIcon.tsx';
import { usePlan, useRunCommand } from './PlanContext.tsx';
import { addItemHint } from '../../shared/kinds/wording.ts';
import { shownColor } from '../ui/shownColor.ts';

/** The palette: adds any kind as a child of the selected item (or of the account), or beside a selected item of the same kind. */
export function Palette() {
  const run = useRunCommand();
  const parentLabel = usePlan((state) => (singleSelectedNode(state) ?? rootNode(state.nodes))?.label ?? '');
  const selectedKind = usePlan((state) => singleSelectedNode(state)?.kind);
  return (
    <nav className="atlas-palette" aria-label="Add to the map">
      <div className="atlas-palette__title">Add</div>
      <div className="atlas-palette__hint" title={`New items go under “${parentLabel}”`}>
        under <strong>{parentLabel}</strong>
      </div>
      {PALETTE_KINDS.map((kind) => {
        const definition = kindOf(kind);
        return (
          <button
            key={kind}
            type="button"
            className="atlas-palette__item"
            aria-label={`Add ${definition.label}`}
            title={addItemHint(kind, parentLabel, kind === selectedKind ? 'beside' : 'under')}
            onClick={() => run(addNodeOfKind, { kind })}
          >
            <span className="atlas-palette__icon" style={{ background: `color-mix(in srgb, ${shownColor(definition.color)} 10%, transparent)` }}>
              <KindIcon kind={kind} size={15} />
            </span>
            <span>{definition.label}</span>
          </button>
        );
      })}
    </nav>
  );
}
