/** The id of the element the view tabs control: the `<main>` each view draws in (one view is shown at a time). */
export const VIEW_PANEL_ID = 'atlas-view-panel';
