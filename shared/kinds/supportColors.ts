/** Support colours from −2 (red) to +2 (green), grey when unknown: cards, views and document pictures use these. */
export const SUPPORT_COLORS: Record<string, string> = {
  unknown: '#94a3b8',
  enemy: '#dc2626',
  'non-supporter': '#f97316',
  neutral: '#eab308',
  supporter: '#65a30d',
  mentor: '#15803d',
};

/** The text colour on each support colour: white or ink, whichever reads at a contrast of 4.5:1 or more (WCAG AA). */
export const SUPPORT_TEXT_COLORS: Record<string, string> = {
  unknown: '#1b2333',
  enemy: '#ffffff',
  'non-supporter': '#1b2333',
  neutral: '#1b2333',
  supporter: '#1b2333',
  mentor: '#ffffff',
};
