/** The views of one plan, in switcher order. */
export const VIEW_IDS = ['map', 'orgChart', 'powerMap', 'coverage', 'outline', 'actions'] as const;

/** A view of the plan. */
export type ViewId = (typeof VIEW_IDS)[number];

/** True when `value` names a view. */
export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}
