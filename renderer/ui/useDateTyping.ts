import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';

const EDITING_KEYS = new Set(['Backspace', 'Delete', 'ArrowUp', 'ArrowDown']);

/** What a date field needs to hold back the days a person passes through while typing one. */
export interface DateTyping {
  /** True while a key typed into the date picker is changing it. */
  typing(): boolean;
  /** Keeps a save for when the field is left, Enter is pressed or the field goes away. */
  defer(save: () => void): void;
  /** Runs the kept save, if any. */
  flush(): void;
  /** Drops the kept save (the text is invalid again, or Escape). */
  drop(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onKeyUp(): void;
}

/**
 * A date typed into the picker segment by segment passes through days nobody meant ("02", "3", "30" gives
 * 3 February on the way to an impossible 30 February), so a typed date is saved when the field is left, on Enter,
 * or when the field goes away; a date chosen in the picker's calendar or pasted is saved at once.
 */
export function useDateTyping(): DateTyping {
  const typing = useRef(false);
  const pending = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      const save = pending.current;
      pending.current = null;
      save?.();
    },
    [],
  );
  const flush = () => {
    const save = pending.current;
    pending.current = null;
    save?.();
  };
  return {
    typing: () => typing.current,
    defer: (save) => {
      pending.current = save;
    },
    flush,
    drop: () => {
      pending.current = null;
    },
    onKeyDown(event) {
      if (event.key === 'Enter') flush();
      else if (event.key.length === 1 || EDITING_KEYS.has(event.key)) typing.current = true;
    },
    onKeyUp() {
      typing.current = false;
    },
  };
}
