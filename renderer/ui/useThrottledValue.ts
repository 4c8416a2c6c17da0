import { useEffect, useRef, useState } from 'react';

/**
 * A value that follows `value` at most once per `intervalMs`: the first change shows at once, later ones within the
 * interval show together when it ends, always the latest. For views that need not keep up with every frame.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastShownAt = useRef(0);
  latest.current = value;
  useEffect(() => {
    if (timer.current !== null) return;
    const wait = lastShownAt.current + intervalMs - Date.now();
    if (wait <= 0) {
      lastShownAt.current = Date.now();
      setShown(value);
      return;
    }
    timer.current = setTimeout(() => {
      timer.current = null;
      lastShownAt.current = Date.now();
      setShown(latest.current);
    }, wait);
  }, [value, intervalMs]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return shown;
}
