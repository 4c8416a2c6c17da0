import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { fittedViewport } from '../../../renderer/map/flowModel.ts';
import { fittedClearOfMinimap, MINIMAP_SIZE } from '../../../renderer/map/minimapRoom.ts';
import type { MinimapCorner } from '../../../renderer/store/types.ts';
import { seedNode } from '../planFixture.ts';

const FIT = { minZoom: 0.01, maxZoom: 1, padding: 0.12 };
const PANE = { width: 1000, height: 700 };

/** A plan of `columns` × `rows` cards 260 × 120 apart, the account first. */
function grid(columns: number, rows: number): Record<string, PlanNode> {
  const nodes: Record<string, PlanNode> = { root: { ...seedNode('root', 'account', 'Acme', 'root', 0, 0), parentId: null } as PlanNode };
  for (let column = 0; column < columns; column += 1) {
    for (let row = 0; row < rows; row += 1) {
      const id = `n${column}-${row}`;
      nodes[id] = seedNode(id, 'topic', id, 'root', column * 260, row * 120);
    }
  }
  return nodes;
}

/** The screen boxes of every card under a viewport. */
function cardBoxes(nodes: Record<string, PlanNode>, viewport: { x: number; y: number; zoom: number }) {
  return Object.values(nodes).map((node) => ({
    left: node.position.x * viewport.zoom + viewport.x,
    top: node.position.y * viewport.zoom + viewport.y,
    right: (node.position.x + NODE_WIDTH) * viewport.zoom + viewport.x,
    bottom: (node.position.y + NODE_HEIGHT) * viewport.zoom + viewport.y,
  }));
}

/** The minimap's box in a corner (React Flow's 15 px panel margin; lifted in the bottom corners). */
function minimapBox(corner: MinimapCorner) {
  const lift = corner === 'bottom-right' ? 100 : corner === 'bottom-left' ? 44 : 0;
  const left = corner.endsWith('left') ? 15 : PANE.width - 15 - MINIMAP_SIZE.width;
  const top = corner.startsWith('top') ? 15 : PANE.height - 15 - lift - MINIMAP_SIZE.height;
  return { left, top, right: left + MINIMAP_SIZE.width, bottom: top + MINIMAP_SIZE.height };
}

describe('Fit beside the minimap', () => {
  it.each(['top-right', 'top-left', 'bottom-left', 'bottom-right'] as const)('leaves no card under the minimap in the %s corner, for wide and tall maps', (corner) => {
    for (const nodes of [grid(12, 4), grid(2, 30), grid(8, 8)]) {
      const viewport = fittedClearOfMinimap(nodes, PANE.width, PANE.height, FIT, corner);
      const box = minimapBox(corner);
      const under = cardBoxes(nodes, viewport).filter((card) => card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom);
      expect(under).toEqual([]);
      for (const card of cardBoxes(nodes, viewport)) {
        expect(card.left).toBeGreaterThanOrEqual(0);
        expect(card.right).toBeLessThanOrEqual(PANE.width);
        expect(card.top).toBeGreaterThanOrEqual(0);
        expect(card.bottom).toBeLessThanOrEqual(PANE.height);
      }
    }
  });

  it('keeps a narrow map in the middle of the pane, where zooming in goes', () => {
    const nodes = grid(1, 40);
    expect(fittedClearOfMinimap(nodes, PANE.width, PANE.height, FIT, 'top-right')).toEqual(fittedViewport(nodes, PANE.width, PANE.height, FIT));
  });

  it('is the plain fit without a minimap', () => {
    const nodes = grid(6, 6);
    expect(fittedClearOfMinimap(nodes, PANE.width, PANE.height, FIT, null)).toEqual(fittedViewport(nodes, PANE.width, PANE.height, FIT));
  });
});
