import { useMemo } from 'react';
import type { Snapshot } from '../../shared/model.ts';
import { formatDate } from '../../shared/document/format.ts';
import { mapSvg } from '../../shared/document/mapSvg.ts';
import { nodeLine } from '../../shared/treeText.ts';
import { svgDataUrl } from '../export/BlocksView.tsx';
import { planTree } from '../../shared/rules/tree.ts';
import { Dialog } from '../ui/Dialog.tsx';

/** A review opened to read: the plan as it was when the review was taken, its map as a picture and every item in outline order; nothing can change it. */
export function ReviewDialog({ review, onClose, onCompare }: { review: Snapshot; onClose(): void; onCompare(): void }) {
  const lines = useMemo(() => {
    const tree = planTree(review.content.nodes);
    return tree.ordered.map((node) => ({ id: node.id, depth: tree.depth(node.id), text: nodeLine(node, review.content.plan.currency, []) }));
  }, [review]);
  const picture = useMemo(() => svgDataUrl(mapSvg(review.content.nodes, review.content.edges, { title: review.label }).svg), [review]);
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
      <img className="atlas-review__map" src={picture} alt={`The map as it was at “${review.label}”`} />
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
