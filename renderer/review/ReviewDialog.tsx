import { useMemo } from 'react';
import type { Snapshot } from '../../shared/model.ts';
import { formatDate } from '../../shared/document/format.ts';
import { nodeLine } from '../../shared/treeText.ts';
import { planTree } from '../../shared/rules/tree.ts';
import { Dialog } from '../ui/Dialog.tsx';

/** A review opened to read: the plan as it was when the review was taken, item by item in outline order; nothing can change it. */
export function ReviewDialog({ review, onClose, onCompare }: { review: Snapshot; onClose(): void; onCompare(): void }) {
  const lines = useMemo(() => {
    const tree = planTree(review.content.nodes);
    return tree.ordered.map((node) => ({ id: node.id, depth: tree.depth(node.id), text: nodeLine(node, review.content.plan.currency, []) }));
  }, [review]);
  return (
    <Dialog
      title={`Review “${review.label}” of ${formatDate(review.takenAt.slice(0, 10))} (read-only)`}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="atlas-button" onClick={onCompare}>
            Compare the plan with this review
          </button>
          <button type="button" className="atlas-button atlas-button--primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="atlas-review__note">
        {review.content.plan.title}, as it was: {review.nodeCount} items. A review cannot be changed.
      </p>
      <ul className="atlas-review__outline" aria-label={`The plan as it was at “${review.label}”`}>
        {lines.map((line) => (
          <li key={line.id} style={{ paddingLeft: `${line.depth * 18}px` }}>
            {line.text}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
