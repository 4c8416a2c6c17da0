import { Handle, Position } from '@xyflow/react';
import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { kindOf } from '../../../shared/kinds/index.ts';
import { addChild } from '../../commands/addNode.ts';
import { useNodePresence } from '../../live/usePresence.ts';
import { toggleCollapse } from '../../commands/collapse.ts';
import { commitRename } from '../../commands/renameNode.ts';
import { Glyph, KindIcon } from '../../ui/KindIcon.tsx';
import { isAddOf, nameUnchanged } from '../../../shared/rules/cancelAdd.ts';
import { focusNodeAround, focusNodeCard } from '../focus.ts';
import type { KindNodeData } from '../flowModel.ts';
import { usePlanStoreApi, useRunCommand } from '../PlanContext.tsx';
import { ShortWordsContext } from './badges.tsx';
import { ConnectHandles } from './ConnectHandles.tsx';
import { PresenceMarks, presenceStyle } from './PresenceMarks.tsx';
import { ChangeMark } from '../../review/ChangeMark.tsx';
import { useChangeCategories } from '../../review/reviewStore.ts';
import { shownColor } from '../../ui/shownColor.ts';

/** Below this zoom the map shows light nodes: a colour block and the label. */
export const LOW_DETAIL_ZOOM = 0.5;

/**
 * Whether the map shows light nodes, given by the canvas to every card: one subscription to the zoom instead of
 * one per card, which every store update of a drag frame would otherwise run.
 */
export const LowDetailContext = createContext(false);

/** What a kind's component puts on its card. */
export interface NodeCardProps {
  data: KindNodeData;
  selected: boolean;
  /** One line under the label (job title, owner and date …); without it, or without facts, the label may take two lines. */
  subtitle?: ReactNode;
  /** Badges along the bottom. */
  facts?: ReactNode;
  /** A compact sign at the top right (support score, SWOT letter …). */
  indicator?: ReactNode;
  variant?: 'root';
}

/** What happens once a rename is finished: focus goes to the node, a child is added under it, or focus stays where the person put it. */
type AfterRename = 'focus-node' | 'add-child' | 'leave-focus';

function RenameField({ nodeId, label, kindLabel }: { nodeId: string; label: string; kindLabel: string }) {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  const field = useRef<HTMLInputElement>(null);
  const finished = useRef(false);

  // Focus is given here rather than by autoFocus so that it comes back when React mounts the field a second time
  // (StrictMode) after the cleanup below gave it away.
  useLayoutEffect(() => {
    const input = field.current!;
    finished.current = false;
    input.focus({ preventScroll: true });
    input.select();
    return () => {
      // The field goes away: nothing commits from now on (Chromium fires a blur when a focused field is removed,
      // which must not write this field's text into the node), and if the field still had focus, the node takes it.
      finished.current = true;
      focusNodeAround(input);
    };
  }, [nodeId]);

  const finish = (value: string | null, after: AfterRename) => {
    if (finished.current) return;
    finished.current = true;
    // Before the store changes: the next key, however soon it comes, finds focus on the node, and focus that
    // later moves on (to a new node's name field) is left alone. No frame later focus is taken back.
    if (after !== 'leave-focus') focusNodeAround(field.current);
    if (value !== null) run(commitRename, { id: nodeId, label: value });
    if (store.getState().renamingNodeId === nodeId) store.getState().startRename(null);
    if (after === 'add-child') run(addChild, undefined);
  };

  // Escape on a node just added, its name untouched: the add is taken back, undo step and all.
  const cancelAdd = (typed: string): boolean => {
    const state = store.getState();
    const step = state.past.at(-1);
    if (!nameUnchanged(typed, label) || state.freshNodeId !== nodeId || !isAddOf(step, nodeId)) return false;
    finished.current = true;
    focusNodeCard(field.current, step!.selectionBefore.nodeIds[0]);
    return state.withdrawAdd(nodeId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(event.currentTarget.value, 'focus-node');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!cancelAdd(event.currentTarget.value)) finish(null, 'focus-node');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(event.currentTarget.value, 'add-child');
    }
  };

  return (
    <input
      ref={field}
      className="nodrag nopan nowheel atlas-node__rename"
      aria-label={`${kindLabel} name`}
      defaultValue={label}
      dir="auto"
      onKeyDown={onKeyDown}
      // Focus went elsewhere (a click on the map, a palette button, the inspector): keep the name typed so far.
      onBlur={(event) => finish(event.currentTarget.value, 'leave-focus')}
      maxLength={500}
    />
  );
}

const LIGHT_HANDLES = [
  { id: 'l', position: 'left', side: true },
  { id: 'r', position: 'right', side: true },
  { id: 't', position: 'top', side: false },
  { id: 'b', position: 'bottom', side: false },
] as const;

/**
 * The handles of a light card: plain elements where React Flow measures its handles (it reads their boxes and
 * data attributes when a card is drawn), without the connection logic and store subscriptions of four
 * `<Handle>` components per card. They are hidden; a card that is selected or under the pointer gets real top and
 * bottom handles instead (`sidesOnly`), so connections start at every zoom.
 */
function LightHandles({ nodeId, sidesOnly = false }: { nodeId: string; sidesOnly?: boolean }) {
  return (
    <>
      {LIGHT_HANDLES.filter(({ side }) => side || !sidesOnly).map(({ id, position, side }) => (
        <div
          key={id}
          data-handleid={id}
          data-nodeid={nodeId}
          data-handlepos={position}
          className={`react-flow__handle react-flow__handle-${position} nodrag nopan atlas-handle ${side ? 'atlas-handle--side ' : ''}source`}
        />
      ))}
    </>
  );
}

/** The words a facts row showed when it was last measured, and whether they were the short forms. */
interface MeasuredWords {
  short: boolean;
  words: string;
}

/**
 * The card's one line of facts. Its words are shown whole when they fit; when they would not, every word with a
 * designed short form takes it ("Prop." for "Propose"), measured before the card is painted. Whatever still does
 * not fit wraps onto a line the card does not show, whole, rather than being cut mid-word.
 */
function FactsRow({ children }: { children: ReactNode }) {
  const row = useRef<HTMLDivElement>(null);
  const [short, setShort] = useState(false);
  const measured = useRef<MeasuredWords | null>(null);
  // Runs after every render, but measures only when the words change: a dragged card renders each frame with the
  // same words, and reading its layout there would force a layout per frame (reading its text forces none).
  useLayoutEffect(() => {
    const element = row.current!;
    const words = element.textContent ?? '';
    const last = measured.current;
    if (last && last.short === short && last.words === words) return;
    if (short) {
      if (last && !last.short) {
        measured.current = { short, words };
        return;
      }
      // New words while the short forms are shown: the full ones may fit now, so they are tried first.
      measured.current = null;
      setShort(false);
      return;
    }
    measured.current = { short, words };
    if (element.scrollHeight > element.clientHeight + 1) setShort(true);
  });
  return (
    <div ref={row} className="atlas-node__facts">
      <ShortWordsContext.Provider value={short}>{children}</ShortWordsContext.Provider>
    </div>
  );
}

/** The card every node kind draws: colour and icon of its kind, label, one line of facts and badges, handles, collapse toggle. */
export function NodeCard({ data, selected, subtitle, facts, indicator, variant }: NodeCardProps) {
  const { node } = data;
  const definition = kindOf(node.kind);
  const lowDetail = useContext(LowDetailContext);
  const [hovered, setHovered] = useState(false);
  const renaming = data.renaming;
  const run = useRunCommand();
  const presence = useNodePresence(node.id);
  const changes = useChangeCategories(node.id);
  const style = { '--kind-color': shownColor(definition.color), '--kind-solid': definition.color, ...presenceStyle(presence) } as CSSProperties;
  const hasSubtitle = subtitle !== undefined && subtitle !== null && subtitle !== '';
  const classes = [
    'atlas-node',
    `atlas-node--${node.kind}`,
    variant === 'root' ? 'atlas-node--root' : '',
    selected ? 'is-selected' : '',
    node.internal ? 'is-internal' : '',
    lowDetail ? `is-light ${data.branch ? 'is-branch' : 'is-chip'}` : '',
    presence ? 'has-presence' : '',
    changes.length > 0 ? `has-change is-change-${changes[0]}` : '',
  ].join(' ');
  const marks = presence ? <PresenceMarks presence={presence} /> : null;

  const toggle =
    data.childCount > 0 && node.parentId !== null ? (
      <button
        type="button"
        className={`nodrag atlas-node__toggle ${data.side < 0 ? 'on-left' : 'on-right'} ${node.collapsed ? 'is-collapsed' : ''}`}
        aria-label={node.collapsed ? `Expand branch of ${node.label} (${data.hiddenCount} hidden)` : `Collapse branch of ${node.label}`}
        aria-expanded={!node.collapsed}
        title={node.collapsed ? `Show ${data.hiddenCount} hidden items` : 'Collapse this branch'}
        onClick={(event) => {
          event.stopPropagation();
          run(toggleCollapse, { id: node.id });
        }}
      >
        {node.collapsed ? `+${data.hiddenCount}` : '−'}
      </button>
    ) : null;

  if (lowDetail && !renaming) {
    const connectable = selected || hovered;
    return (
      <div
        className={classes}
        style={style}
        title={node.label}
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={(event) => event.buttons === 0 && setHovered(false)}
      >
        <LightHandles nodeId={node.id} sidesOnly={connectable} />
        {connectable ? <ConnectHandles /> : null}
        <div className="atlas-node__light-label" dir="auto">
          {node.label}
        </div>
        <ChangeMark nodeId={node.id} />
        {marks}
        {toggle}
      </div>
    );
  }

  // The handles are for the pointer only: a plain div cannot carry a name, so they carry a title.
  const handles = (
    <>
      <Handle id="l" type="source" position={Position.Left} className="atlas-handle atlas-handle--side" isConnectable={false} />
      <Handle id="r" type="source" position={Position.Right} className="atlas-handle atlas-handle--side" isConnectable={false} />
      <ConnectHandles />
    </>
  );

  return (
    <div className={classes} style={style} title={node.label}>
      {handles}
      <div className="atlas-node__stripe" />
      <div className="atlas-node__body">
        <div className="atlas-node__head">
          <span className="atlas-node__icon">
            <KindIcon kind={node.kind} size={13} color={variant === 'root' ? 'var(--on-accent)' : undefined} />
          </span>
          {renaming ? (
            <RenameField nodeId={node.id} label={node.label} kindLabel={definition.label} />
          ) : (
            // The name takes two lines unless a subtitle and a line of facts both need the room; it keeps its own
            // direction (an Arabic name reads right to left) inside a card that stays left to right.
            <span className={`atlas-node__label ${hasSubtitle && facts ? '' : 'is-two-line'}`} dir="auto">
              {node.label}
            </span>
          )}
          {node.internal ? (
            <span className="atlas-node__internal" role="img" title="Internal: left out of the customer edition" aria-label="Internal">
              <Glyph name="lock" size={11} />
            </span>
          ) : null}
          {indicator}
          <ChangeMark nodeId={node.id} />
        </div>
        {hasSubtitle ? (
          <div className="atlas-node__subtitle" dir="auto">
            {subtitle}
          </div>
        ) : null}
        {facts ? <FactsRow>{facts}</FactsRow> : null}
      </div>
      {marks}
      {toggle}
    </div>
  );
}
