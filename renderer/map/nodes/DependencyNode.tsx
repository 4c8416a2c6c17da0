import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { dependencyKind } from '../../../shared/kinds/dependency.ts';
import { optionWord } from '../../../shared/kinds/index.ts';
import type { MapFlowNode } from '../flowModel.ts';
import { formatDate } from '../format.ts';
import { Person, WordBadge } from './badges.tsx';
import type { Tone } from './badges.tsx';
import { NodeCard } from './NodeCard.tsx';

const STATUS_TONES: Record<string, Tone> = { open: 'neutral', requested: 'blue', committed: 'green', 'at-risk': 'red', resolved: 'green' };

/** Something we depend on: internal or external, its area, owner and status. */
export const DependencyNode = memo(function DependencyNode({ data, selected }: NodeProps<MapFlowNode<'dependency'>>) {
  const dependency = data.node.data;
  return (
    <NodeCard
      data={data}
      selected={selected}
      facts={
        <>
          {dependency.owner ? <Person name={dependency.owner} role="Owner" /> : null}
          <WordBadge what="Scope" word={optionWord(dependencyKind.field('scope'), dependency.scope)} tone={dependency.scope === 'external' ? 'purple' : 'teal'} />
          <WordBadge
            what="Status"
            word={optionWord(dependencyKind.field('status'), dependency.status)}
            tone={STATUS_TONES[dependency.status] ?? 'neutral'}
            strong={dependency.status === 'at-risk'}
          />
          <WordBadge
            what={dependency.dueDate ? `Needed by ${formatDate(dependency.dueDate)}, area` : 'Area'}
            word={optionWord(dependencyKind.field('area'), dependency.area)}
          />
        </>
      }
    />
  );
});
