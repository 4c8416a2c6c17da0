import type { NodeKind } from './index.ts';
import { kindOf } from './index.ts';

/** The kind's name in running text, e.g. "opportunity", "SWOT entry" (its indefinite form without the article). */
export function kindNoun(kind: NodeKind): string {
  return kindOf(kind).aLabel.replace(/^an? /, '');
}

/** The kind with its indefinite article, e.g. "an opportunity". */
export function aKind(kind: NodeKind): string {
  return kindOf(kind).aLabel;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The palette's hint for adding an item of `kind` under (or beside) the item named `parentLabel`. */
export function addItemHint(kind: NodeKind, parentLabel: string, placement: 'under' | 'beside'): string {
  return `Add ${aKind(kind)} ${placement} “${parentLabel}”`;
}

/** The inspector's message when an item's name (or statement, objective …) is left empty. */
export function missingLabelMessage(kind: NodeKind): string {
  return `Give the ${kindNoun(kind)} ${kindOf(kind).aLabelField}.`;
}

/** Why two items cannot be connected by any relation. */
export function cannotConnectMessage(source: NodeKind, target: NodeKind): string {
  return `${capitalised(aKind(source))} and ${aKind(target)} cannot be connected this way.`;
}

/** Why one relation cannot go between two items; `relationLabel` is the relation's own words ("addresses"). */
export function relationRefusedMessage(relationLabel: string, from: NodeKind, to: NodeKind): string {
  return `The “${relationLabel}” relation cannot go from ${aKind(from)} to ${aKind(to)}.`;
}

/** The connect dialog's empty state when nothing matches what was typed. */
export function noConnectTargetMessage(query: string, from: NodeKind): string {
  return `No item matches “${query}” that ${aKind(from)} can be connected to.`;
}
