import { ReactFlowProvider } from '@xyflow/react';
import { useContext, useEffect } from 'react';
import { Legend } from '../../map/Legend.tsx';
import { MapCanvas } from '../../map/MapCanvas.tsx';
import { Notice } from '../../map/Notice.tsx';
import { Palette } from '../../map/Palette.tsx';
import { PlanContext } from '../../map/PlanContext.tsx';
import { SearchPanel } from '../../search/SearchPanel.tsx';
import { useSearchShortcut } from '../../search/useSearchShortcut.ts';
import type { ViewProps } from '../registry.ts';
import { VIEW_PANEL_ID } from '../viewPanel.ts';

/** The account map: the mind map with its palette and legend. */
export function MapView({ mapArea }: ViewProps) {
  const canvas = useContext(PlanContext)!.canvas;
  // The canvas controls (fit, zoom) belong to this view's canvas: other views have none.
  useEffect(() => () => void (canvas.current = null), [canvas]);
  useSearchShortcut();
  return (
    <>
      <Palette />
      <main id={VIEW_PANEL_ID} ref={mapArea} className="atlas-plan__map" aria-label="Account map">
        <ReactFlowProvider>
          <MapCanvas />
        </ReactFlowProvider>
        <SearchPanel />
        <Legend />
        <Notice />
      </main>
    </>
  );
}
