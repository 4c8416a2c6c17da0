import type { PlanNodeOf } from '../../model.ts';
import type { Block } from '../blockTypes.ts';
import { column, detailItems, details, fieldColumns, heading, nothingYet, plain, strong, table } from '../blockKit.ts';
import { joinNames } from '../format.ts';
import { inEdition } from '../editions.ts';
import type { DependencyEntry, PlanOutline } from '../outlineTypes.ts';

/** Section 5 blocks: the account team, internal commitments by function, external dependencies. */
export function teamBlocks(outline: PlanOutline): Block[] {
  const { members, internal, external } = outline.team;
  const { edition, currency } = outline;
  const memberFields = fieldColumns<PlanNodeOf<'teamMember'>>('teamMember', ['function', 'role'], edition, currency);
  const customer = edition === 'customer';
  const blocks: Block[] = [heading(2, inEdition(edition, { internal: 'Account team', customer: 'Your account team' }), 'team-members')];
  if (members.length === 0) blocks.push(nothingYet('No team members on the map yet.'));
  else {
    blocks.push(
      table(
        [column('Name', { weight: 1.4 }), ...memberFields.map((f) => f.column)],
        members.map((member) => [strong(member.label), ...memberFields.map((f) => f.cell(member))]),
      ),
    );
  }
  const fields = fieldColumns<PlanNodeOf<'dependency'>>('dependency', ['owner', 'status', 'dueDate'], edition, currency);
  const dependencyTable = (entries: DependencyEntry[], first: string) =>
    table(
      [column(first, { weight: 2.2 }), ...fields.map((f) => f.column), column('Needed for', { weight: 1.8 })],
      entries.map((entry) => [strong(entry.node.label), ...fields.map((f) => f.cell(entry.node)), plain(joinNames(entry.neededFor))]),
    );
  if (!customer || internal.length > 0) blocks.push(heading(2, inEdition(edition, { internal: 'Internal commitments', customer: 'Our commitments' }), 'team-internal'));
  if (!customer && internal.length === 0) blocks.push(nothingYet('No internal commitments on the map yet.'));
  for (const group of internal) {
    blocks.push(heading(3, group.area, `team-internal-${group.area.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`), dependencyTable(group.entries, 'Commitment'));
  }
  if (!customer || external.length > 0) blocks.push(heading(2, inEdition(edition, { internal: 'External dependencies', customer: 'Conditions outside our control' }), 'team-external'));
  if (external.length === 0) {
    if (!customer) blocks.push(nothingYet('No external dependencies on the map yet.'));
  } else {
    const area = fieldColumns<PlanNodeOf<'dependency'>>('dependency', ['area'], edition, currency);
    blocks.push(
      table(
        [column('Dependency', { weight: 2.2 }), ...area.map((f) => f.column), ...fields.map((f) => f.column), column('Needed for', { weight: 1.8 })],
        external.map((entry) => [
          strong(entry.node.label),
          ...area.map((f) => f.cell(entry.node)),
          ...fields.map((f) => f.cell(entry.node)),
          plain(joinNames(entry.neededFor)),
        ]),
      ),
    );
  }
  const all = [...internal.flatMap((group) => group.entries), ...external].map((entry) => entry.node);
  blocks.push(...details('Notes on dependencies', detailItems('dependency', all, ['notes'], edition)));
  return blocks;
}
