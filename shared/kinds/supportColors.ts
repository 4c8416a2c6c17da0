/** Support colours from −2 (red) to +2 (green), grey when unknown: cards, views and document pictures use these. */
export const SUPPORT_COLORS: Record<string, string> = {
  unknown: '#94a3b8',
  enemy: '#dc2626',
  'non-supporter': '#f97316',
  neutral: '#eab308',
  supporter: '#65a30d',
  mentor: '#15803d',
};
