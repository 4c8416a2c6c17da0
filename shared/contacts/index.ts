export type { ContactDelimiter, ContactEncoding, ContactField, ContactMapping, ContactPreset, ContactTable, ReadResult } from './fields.ts';
export { CONTACT_FIELDS, PRESET_LABELS } from './fields.ts';
export { MAX_CONTACT_ROWS, cleanCell, readContactFile, readContactText } from './read.ts';
export { detectPreset, headerKey, looksLikeContacts, presetMapping } from './presets.ts';
export type { ContactImportOptions, ContactImportPlan, PlannedContact } from './importPlan.ts';
export { KEY_PLAYERS_ADVISED, accountsIn, cellOf, keyPlayersAdvice, planContactImport } from './importPlan.ts';
export { EXPORT_HEADERS, contactsCsv, neutraliseCell } from './exportCsv.ts';
export { decodeContactBytes } from './decode.ts';
export { defaultContactParent } from './parent.ts';
