import { kinds } from '../../kinds/index.ts';
import { optionLabel } from '../../kinds/fields.ts';
import type { DependencyEntry, TeamOutline } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';

/** Section 5: the account team, internal commitments by function, external dependencies. */
export function teamOutline(index: PlanIndex): TeamOutline {
  const entries = index.ofKind('dependency').map(
    (node): DependencyEntry => ({
      node,
      neededFor: index.labels(index.incoming(node.id, 'dependsOn').map((edge) => edge.source)),
    }),
  );
  const areaField = kinds.dependency.field('area');
  const areas = areaField?.type === 'select' ? areaField.options.map((option) => option.value) : [];
  const internal = entries.filter((entry) => entry.node.data.scope === 'internal');
  return {
    members: index.ofKind('teamMember'),
    internal: areas
      .map((area) => ({
        area: optionLabel(areaField, area),
        entries: internal.filter((entry) => entry.node.data.area === area),
      }))
      .filter((group) => group.entries.length > 0),
    external: entries.filter((entry) => entry.node.data.scope === 'external'),
  };
}
