import { defineKind } from './kind.ts';

/** A plain mind-map branch or note; it goes wherever its parent goes in the document. */
export const topicKind = defineKind({
  kind: 'topic',
  label: 'Topic',
  plural: 'Topics',
  labelField: 'Title',
  aLabel: 'a topic',
  aLabelField: 'a title',
  newLabel: 'New topic',
  color: '#6b7280',
  icon: 'M4 3h16v18H4zm3 4v2h10V7zm0 4v2h10v-2zm0 4v2h6v-2z',
  section: 'profile',
  internalByDefault: false,
  // A topic's text is a team note (how they buy, the last review): the customer edition keeps only its title.
  fields: [{ key: 'text', label: 'Text', type: 'text', multiline: true, internal: true }],
});
