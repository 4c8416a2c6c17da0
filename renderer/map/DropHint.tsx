import type { DropHintState } from './useBranchDrop.ts';

/** Outlines the node under a dragged branch and says what dropping there does, or why it is refused. */
export function DropHint({ hint }: { hint: DropHintState | null }) {
  if (!hint) return null;
  const text = hint.reason ?? `Drop to move it under "${hint.targetLabel}".`;
  const refused = hint.reason ? ' is-refused' : '';
  return (
    <>
      <div
        className={`atlas-drop-outline${refused}`}
        aria-hidden="true"
        style={{ left: hint.left - 4, top: hint.top - 4, width: hint.width + 8, height: hint.height + 8 }}
      />
      <div className={`atlas-drop-hint${refused}`} role="status" aria-label="Drop target" style={{ left: hint.left, top: Math.max(4, hint.top - 34) }}>
        {text}
      </div>
    </>
  );
}
