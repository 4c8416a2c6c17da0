import type { Page } from 'playwright-core';

/** A gesture's frame intervals and how long the page's main thread was busy per frame meanwhile. */
export interface BusyFrames {
  /** Time between consecutive frames, in ms (capped by the display's refresh). */
  frames: number[];
  /** Main-thread busy time (every task: script, style, layout, paint setup, input) divided by the frames drawn, in ms. */
  busyPerFrameMs: number;
}

async function taskSeconds(metrics: { metrics: { name: string; value: number }[] }): Promise<number> {
  const task = metrics.metrics.find((metric) => metric.name === 'TaskDuration');
  if (!task) throw new Error('Chromium reported no TaskDuration metric.');
  return task.value;
}

/**
 * Runs a gesture that returns its frame intervals and measures the renderer main thread's busy time across it
 * with Chromium's Performance domain (TaskDuration, the summed length of every main-thread task): unlike the
 * frame interval, it is not capped at the refresh rate, so it shows the headroom left in each frame.
 */
export async function withMainThreadBusy(page: Page, gesture: () => Promise<number[]>): Promise<BusyFrames> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const before = await taskSeconds(await cdp.send('Performance.getMetrics'));
    const frames = await gesture();
    const after = await taskSeconds(await cdp.send('Performance.getMetrics'));
    await cdp.send('Performance.disable');
    return { frames, busyPerFrameMs: frames.length === 0 ? 0 : ((after - before) * 1000) / frames.length };
  } finally {
    await cdp.detach();
  }
}
