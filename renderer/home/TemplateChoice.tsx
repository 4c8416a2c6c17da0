import { useId } from 'react';
import { PLAN_TEMPLATES } from '../../shared/templates/planTemplates.ts';
import type { PlanTemplateId } from '../../shared/templates/planTemplates.ts';

/** "Start from": the templates a new plan can start from (shared/templates/planTemplates.ts), as radio buttons. */
export function TemplateChoice({ value, onChange }: { value: PlanTemplateId; onChange(template: PlanTemplateId): void }) {
  const name = useId();
  return (
    <fieldset className="atlas-fieldset">
      <legend>Start from</legend>
      {PLAN_TEMPLATES.map((template) => {
        const id = `${name}-${template.id}`;
        return (
          <div key={template.id} className={`atlas-template-choice ${value === template.id ? 'is-checked' : ''}`}>
            <input
              id={id}
              type="radio"
              name={name}
              value={template.id}
              checked={value === template.id}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(template.id)}
            />
            <label htmlFor={id}>{template.label}</label>
            <span id={`${id}-hint`} className="atlas-template-choice__hint">
              {template.description}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
