import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** A rectangle in screen coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The remembered size, position and maximized state of the main window. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where the window opens: a position only when a remembered one is visible. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** Size of the window on first start. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 };
/** Smallest usable window. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };
/** How much of the window must overlap a display for the remembered position to count as visible. */
const MIN_VISIBLE = 96;

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: extent, height: extent }),
  maximized: z.boolean(),
});

/** Reads the remembered state; null when the file is missing, unreadable or not a valid state. */
export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the state atomically (a half-written file would lose it). */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Places the window on the current displays (work areas, primary first): keeps a remembered position
 * only if it is visible on some display, shrinks it to fit that display, and otherwise lets the OS center it.
 */
export function placeWindow(state: WindowState | null, workAreas: Rect[]): WindowPlacement {
  const primary = workAreas[0];
  const fallbackSize = (area: Rect | undefined) => ({
    width: area ? Math.min(DEFAULT_WINDOW_SIZE.width, area.width) : DEFAULT_WINDOW_SIZE.width,
    height: area ? Math.min(DEFAULT_WINDOW_SIZE.height, area.height) : DEFAULT_WINDOW_SIZE.height,
  });
  if (state === null) return { ...fallbackSize(primary), maximized: false };
  const display = workAreas.find((area) => {
    const shared = overlap(state.bounds, area);
    return shared.width >= Math.min(MIN_VISIBLE, state.bounds.width) && shared.height >= Math.min(MIN_VISIBLE, state.bounds.height);
  });
  if (display === undefined) {
    return {
      width: clamp(state.bounds.width, MIN_WINDOW_SIZE.width, primary?.width ?? state.bounds.width),
      height: clamp(state.bounds.height, MIN_WINDOW_SIZE.height, primary?.height ?? state.bounds.height),
      maximized: state.maximized,
    };
  }
  const width = clamp(state.bounds.width, Math.min(MIN_WINDOW_SIZE.width, display.width), display.width);
  const height = clamp(state.bounds.height, Math.min(MIN_WINDOW_SIZE.height, display.height), display.height);
  return {
    x: clamp(state.bounds.x, display.x, display.x + display.width - width),
    y: clamp(state.bounds.y, display.y, display.y + display.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}
