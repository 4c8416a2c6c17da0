import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent, RefObject } from 'react';
import type { MenuCommand } from '../../shared/desktop.ts';
import type { Shortcut } from '../commands/command.ts';
import { MapView } from './map/MapView.tsx';
import type { ViewId } from './viewIds.ts';

/** What the plan screen gives every view. */
export interface ViewProps {
  /** The element the map's plain keys (Tab, Enter, arrows …) act in; only the map view attaches it. */
  mapArea: RefObject<HTMLElement | null>;
}

/** One view of the plan, registered once here: the switcher, its shortcut, the View menu and the screen read it. */
export interface ViewDefinition {
  readonly id: ViewId;
  readonly label: string;
  readonly shortcut: Shortcut;
  readonly menu: MenuCommand;
  readonly component: ComponentType<ViewProps> | LazyExoticComponent<ComponentType<ViewProps>>;
}

// The map opens first on most plans, so it is in the main bundle; the other views load when first shown.
const OrgChartView = lazy(() => import('./orgChart/OrgChartView.tsx').then((module) => ({ default: module.OrgChartView })));
const PowerMapView = lazy(() => import('./powerMap/PowerMapView.tsx').then((module) => ({ default: module.PowerMapView })));
const OutlineView = lazy(() => import('./outline/OutlineView.tsx').then((module) => ({ default: module.OutlineView })));
const ActionTrackerView = lazy(() => import('./actions/ActionTrackerView.tsx').then((module) => ({ default: module.ActionTrackerView })));
const CoverageView = lazy(() => import('./coverage/CoverageView.tsx').then((module) => ({ default: module.CoverageView })));

/** Every view, in switcher order. */
export const VIEWS = [
  { id: 'map', label: 'Map', shortcut: { key: '1', mod: true }, menu: 'view.map', component: MapView },
  { id: 'orgChart', label: 'Org chart', shortcut: { key: '2', mod: true }, menu: 'view.orgChart', component: OrgChartView },
  { id: 'powerMap', label: 'Power map', shortcut: { key: '3', mod: true }, menu: 'view.powerMap', component: PowerMapView },
  { id: 'coverage', label: 'Coverage', shortcut: { key: '4', mod: true }, menu: 'view.coverage', component: CoverageView },
  { id: 'outline', label: 'Outline', shortcut: { key: '5', mod: true }, menu: 'view.outline', component: OutlineView },
  { id: 'actions', label: 'Actions', shortcut: { key: '6', mod: true }, menu: 'view.actions', component: ActionTrackerView },
] as const satisfies readonly ViewDefinition[];

/** The definition of a view. */
export function viewOf(id: ViewId): ViewDefinition {
  return VIEWS.find((view) => view.id === id)!;
}
