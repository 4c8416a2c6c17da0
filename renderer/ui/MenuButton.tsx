import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Glyph } from './KindIcon.tsx';
import type { GLYPHS } from './KindIcon.tsx';

/** One entry of a menu button's menu. */
export interface MenuButtonItem {
  label: string;
  /** Why it is not available, shown as its tooltip (the item is disabled when set). */
  disabledReason?: string | null;
  onSelect(): void;
}

/**
 * A toolbar button that opens a menu (WAI-ARIA menu button): Enter, Space or Down opens it on the first item, Up on
 * the last; Up, Down, Home and End move; Escape or Tab closes it and focus is back on the button at once (in the
 * same event, so the next key press goes to the button); a click outside closes it.
 */
export function MenuButton({ label, glyph, menuLabel, items }: { label: string; glyph: keyof typeof GLYPHS; menuLabel: string; items: readonly MenuButtonItem[] }) {
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const enabledItems = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
  const close = () => {
    button.current?.focus();
    setOpen(null);
  };

  // Focus moves into the menu in the same commit that draws it (a layout effect, before the next key is handled).
  useLayoutEffect(() => {
    if (!open) return;
    const list = enabledItems();
    (open === 'first' ? list[0] : list.at(-1))?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const onButtonKey = (event: ReactKeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (event: ReactKeyboardEvent) => {
    const list = enabledItems();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(null);
    else return;
    if (event.key !== 'Tab') {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <span className="atlas-menu-button">
      <button
        ref={button}
        type="button"
        className={`atlas-tool ${open ? 'is-pressed' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        title={label}
        onClick={() => setOpen((current) => (current ? null : 'first'))}
        onKeyDown={onButtonKey}
      >
        <Glyph name={glyph} size={17} />
        <span className="atlas-menu-button__text">{label}</span>
      </button>
      {open ? (
        <div ref={menu} id={menuId} className="atlas-popover atlas-menu-button__menu" role="menu" aria-label={menuLabel} onKeyDown={onMenuKey}>
          {items.map((item) => {
            const disabled = Boolean(item.disabledReason);
            return (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                className="atlas-menu__item"
                aria-disabled={disabled || undefined}
                title={item.disabledReason ?? undefined}
                tabIndex={-1}
                onClick={() => {
                  if (disabled) return;
                  close();
                  item.onSelect();
                }}
              >
                <span className="atlas-menu__check" aria-hidden="true" />
                <span className="atlas-menu__label">{item.label}</span>
              </button>
            );
          })}
        </div>
      ) : null}
    </span>
  );
}
