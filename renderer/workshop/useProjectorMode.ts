import { useEffect } from 'react';
import { useWorkshop, workshopStore } from '../live/workshopStore.ts';
import { isTypingTarget } from '../map/focus.ts';
import { PROJECTOR_CLASS, setFullScreen } from './projector.ts';

/** Turns projector mode on or off (toolbar button and View menu). */
export function toggleProjector(): void {
  const { projector, setProjector } = workshopStore.getState();
  setProjector(!projector);
}

/**
 * Applies projector mode while the plan screen is open: full screen and the larger interface; Escape (outside
 * text fields, menus and dialogs) and leaving the browser's full screen turn it off. Leaving the plan turns it off.
 */
export function useProjectorMode(): void {
  const projector = useWorkshop((state) => state.projector);

  useEffect(() => {
    if (!projector) return;
    const root = document.documentElement;
    root.classList.add(PROJECTOR_CLASS);
    void setFullScreen(true);
    let wasFullScreen = false;
    const onFullScreenChange = () => {
      if (document.fullscreenElement) wasFullScreen = true;
      else if (wasFullScreen) workshopStore.getState().setProjector(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="menu"], dialog')) return;
      event.preventDefault();
      workshopStore.getState().setProjector(false);
    };
    document.addEventListener('fullscreenchange', onFullScreenChange);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      root.classList.remove(PROJECTOR_CLASS);
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      window.removeEventListener('keydown', onKeyDown);
      void setFullScreen(false);
    };
  }, [projector]);

  useEffect(() => () => workshopStore.getState().setProjector(false), []);
}
