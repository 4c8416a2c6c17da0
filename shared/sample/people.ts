import type { NodeDataMap } from '../kinds/index.ts';
import type { PlanBuilder } from './builder.ts';
import { addDays } from './dates.ts';

/** Group node labels used across the sample. */
export const BUYING_CENTRE = 'Buying centre';
/** Group of our own people. */
export const OUR_TEAM = 'Our team';

/** The customer's buying centre: stakeholders, their org chart and influence lines. */
export function addBuyingCentre(plan: PlanBuilder, root: string): void {
  const { today } = plan;
  plan.add('topic', BUYING_CENTRE, root);
  type Stakeholder = NodeDataMap['stakeholder'];
  const person = (
    name: string,
    title: string,
    department: string,
    buyingRole: Stakeholder['buyingRole'],
    support: Stakeholder['support'],
    influence: Stakeholder['influence'],
    relationship: Stakeholder['relationship'],
    coverage: Stakeholder['coverage'],
    daysSinceContact: number,
    notes = '',
  ) =>
    plan.add('stakeholder', name, BUYING_CENTRE, {
      title,
      department,
      buyingRole,
      support,
      influence,
      relationship,
      coverage,
      lastContact: addDays(today, -daysSinceContact),
      email: `${name.split(' ')[0]!.toLowerCase()}.${name.split(' ')[1]!.toLowerCase()}@northwind-logistics.example`,
      notes,
    });

  person('Sam Ortiz', 'Chief Executive Officer', 'Executive board', 'decision-maker', 'neutral', 'high', 'vendor', 'brief-contact', 118,
    'Met once at the customer summit; sees us as a software vendor, not a partner.');
  person('Dana Whitfield', 'Chief Financial Officer', 'Finance', 'economic-buyer', 'supporter', 'high', 'problem-solver', 'multiple-contacts', 21,
    'Releases the budget for the renewal; wants cost per shipment down before anything else.');
  person('Priya Raman', 'Chief Information Officer', 'IT', 'technical-buyer', 'neutral', 'high', 'credible-source', 'multiple-contacts', 35);
  person('Helen Brandt', 'Chief Operating Officer', 'Operations', 'executive-sponsor', 'supporter', 'high', 'problem-solver', 'multiple-contacts', 28);
  person('Marcus Lee', 'VP Operations EMEA', 'Operations', 'user-buyer', 'supporter', 'medium', 'problem-solver', 'in-depth', 9);
  person('Aisha Karim', 'Director of Fleet Operations', 'Operations', 'champion', 'mentor', 'medium', 'trusted-advisor', 'in-depth', 4,
    'Sells our visibility roadmap internally; shares the operations budget calendar with us.');
  person('Tom Becker', 'Head of IT Architecture', 'IT', 'blocker', 'non-supporter', 'medium', 'vendor', 'brief-contact', 47,
    'Built the RouteMax integration himself and prefers to keep it.');
  person('Jonas Meyer', 'Procurement Manager', 'Procurement', 'gatekeeper', 'neutral', 'low', 'credible-source', 'brief-contact', 60);
  person('Lena Fischer', 'Head of Sustainability', 'Strategy', 'influencer', 'supporter', 'medium', 'credible-source', 'brief-contact', 40);
  person('Ravi Patel', 'Senior Operations Analyst', 'Operations', 'coach', 'mentor', 'low', 'trusted-advisor', 'in-depth', 6);

  const reportsTo: [string, string][] = [
    ['Dana Whitfield', 'Sam Ortiz'],
    ['Priya Raman', 'Sam Ortiz'],
    ['Helen Brandt', 'Sam Ortiz'],
    ['Marcus Lee', 'Helen Brandt'],
    ['Aisha Karim', 'Marcus Lee'],
    ['Tom Becker', 'Priya Raman'],
    ['Jonas Meyer', 'Dana Whitfield'],
    ['Lena Fischer', 'Helen Brandt'],
    ['Ravi Patel', 'Aisha Karim'],
  ];
  for (const [person, manager] of reportsTo) plan.link('reportsTo', person, manager);
  plan.link('influences', 'Lena Fischer', 'Sam Ortiz');
  plan.link('influences', 'Tom Becker', 'Priya Raman');

  plan.add('topic', 'How Northwind buys', BUYING_CENTRE, {
    text:
      'Purchases above 250,000 need board approval. Jonas Meyer runs a three-bid process for anything new; ' +
      'renewals can be single-sourced if the CFO signs a justification. Budgets are set in October.',
  });
}

/** Our account team and which of their people each of ours covers. */
export function addAccountTeam(plan: PlanBuilder, root: string): void {
  plan.add('topic', OUR_TEAM, root);
  const member = (name: string, fn: NodeDataMap['teamMember']['function'], role: string) =>
    plan.add('teamMember', name, OUR_TEAM, {
      function: fn,
      role,
      email: `${name.split(' ')[0]!.toLowerCase()}@atlas-demo.example`,
    });
  member('Maya Chen', 'sales', 'Strategic account manager');
  member('Luis Romero', 'sales-support', 'Solutions architect');
  member('Grace Okafor', 'delivery', 'Delivery lead, EMEA');
  member('Ben Novak', 'customer-service', 'Customer success manager');
  member('Nora Blake', 'finance', 'Deal desk');
  member('Erik Sandberg', 'executive-sponsor', 'SVP Sales, executive sponsor');

  const covers: [string, string, NodeDataMap['stakeholder']['relationship']][] = [
    ['Maya Chen', 'Dana Whitfield', 'problem-solver'],
    ['Maya Chen', 'Aisha Karim', 'trusted-advisor'],
    ['Maya Chen', 'Jonas Meyer', 'credible-source'],
    ['Luis Romero', 'Priya Raman', 'credible-source'],
    ['Luis Romero', 'Tom Becker', 'vendor'],
    ['Grace Okafor', 'Marcus Lee', 'problem-solver'],
    ['Ben Novak', 'Ravi Patel', 'trusted-advisor'],
    ['Ben Novak', 'Lena Fischer', 'credible-source'],
    ['Erik Sandberg', 'Sam Ortiz', 'vendor'],
    ['Erik Sandberg', 'Helen Brandt', 'problem-solver'],
  ];
  for (const [ours, theirs, strength] of covers) plan.link('covers', ours, theirs, { strength });
}
