import type { DropHintState } from './useBranchDrop.ts';

/** Says over the node under a dragged branch what dropping there does, or why it is refused. */
export function DropHint({ hint }: { hint: DropHintState | null }) {
  if (!hint) return null;
  const text = hint.reason ?? `Drop to move it under "${hint.targetLabel}".`;
  return (
    <div
      className={hint.reason ? 'atlas-drop-hint is-refused' : 'atlas-drop-hint'}
      role="status"
      aria-label="Drop target"
      style={{ left: hint.left, top: Math.max(4, hint.top - 34) }}
    >
      {text}
    </div>
  );
}
