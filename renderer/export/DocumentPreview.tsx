import { useCallback, useId, useMemo, useRef } from 'react';
import { EDITIONS } from '../../shared/api.ts';
import type { Edition } from '../../shared/api.ts';
import { BlocksView, headingElementId } from './BlocksView.tsx';
import { useEditionChoice } from './editionChoice.ts';
import { CUSTOMER_EDITION_NOTE } from './exportChoices.ts';
import { contentsOf, documentBlocks } from './planDocument.ts';
import { useSettledPlanDocument, useToday } from './usePlanDocument.ts';
import { useReviews } from '../health/useReviews.ts';
import './export.css';

const EDITION_LABELS: Record<Edition, string> = { internal: 'Internal', customer: 'Customer' };

function EditionSwitch({ value, onChange }: { value: Edition; onChange(edition: Edition): void }) {
  const name = useId();
  return (
    <fieldset className="atlas-segmented" title={value === 'customer' ? CUSTOMER_EDITION_NOTE : 'Everything on the map, for the account team.'}>
      <legend className="atlas-export__sr-only">Edition</legend>
      {EDITIONS.map((edition) => (
        <label key={edition} className={edition === value ? 'is-checked' : undefined}>
          <input type="radio" name={name} value={edition} checked={edition === value} onChange={() => onChange(edition)} />
          {EDITION_LABELS[edition]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The plan document beside the map, in the internal or customer edition, following edits a moment after
 * they pause. It shows exactly what an export contains (same outline and blocks), drawn as React elements.
 */
export function DocumentPreview() {
  const titleId = useId();
  const idPrefix = `${useId()}-`;
  const planDocument = useSettledPlanDocument();
  const today = useToday();
  const edition = useEditionChoice((state) => state.edition);
  const setEdition = useEditionChoice((state) => state.choose);
  const { reviews } = useReviews(planDocument.plan.id, planDocument);
  const blocks = useMemo(() => documentBlocks(planDocument, edition, today, reviews ?? undefined), [planDocument, edition, today, reviews]);
  const sections = useMemo(() => contentsOf(blocks).filter((entry) => entry.level === 1), [blocks]);
  const page = useRef<HTMLDivElement>(null);

  // Scrolls only the preview (scrollIntoView would also scroll the app's fixed layout).
  const jump = useCallback(
    (id: string) => {
      const container = page.current;
      const target = document.getElementById(headingElementId(idPrefix, id));
      if (!container || !target) return;
      const top = target.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop - 12;
      const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      container.scrollTo({ top: Math.max(0, top), behavior: calm ? 'auto' : 'smooth' });
      target.focus({ preventScroll: true });
    },
    [idPrefix],
  );

  return (
    <section className="atlas-pane atlas-preview" aria-labelledby={titleId}>
      <header className="atlas-pane__head">
        <h2 id={titleId} className="atlas-pane__title">
          Document preview
        </h2>
        <EditionSwitch value={edition} onChange={setEdition} />
      </header>
      {edition === 'customer' ? <p className="atlas-preview__note">{CUSTOMER_EDITION_NOTE}</p> : null}
      <nav className="atlas-preview__contents" aria-label="Preview contents">
        <ol>
          {sections.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => jump(entry.id)} title={entry.text}>
                {entry.text}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div ref={page} className="atlas-preview__page" tabIndex={0} role="document" aria-label={`Plan document, ${EDITION_LABELS[edition].toLowerCase()} edition`}>
        <BlocksView blocks={blocks} idPrefix={idPrefix} topLevel={3} onJump={jump} />
      </div>
    </section>
  );
}
