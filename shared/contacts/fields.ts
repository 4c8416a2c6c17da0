/** The presets a contact file is read with: the CRM export it comes from, or a guess by column names. */
export type ContactPreset = 'salesforce' | 'hubspot' | 'generic';

/** What one column of a contact file can hold. */
export type ContactField =
  | 'crmId'
  | 'accountId'
  | 'company'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'title'
  | 'department'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'managerId'
  | 'managerEmail'
  | 'managerName';

/** Every contact field with the label the column mapping shows, in the order the mapping lists them. */
export const CONTACT_FIELDS: readonly { field: ContactField; label: string }[] = [
  { field: 'crmId', label: 'CRM id' },
  { field: 'accountId', label: 'Account id' },
  { field: 'company', label: 'Company' },
  { field: 'firstName', label: 'First name' },
  { field: 'lastName', label: 'Last name' },
  { field: 'fullName', label: 'Full name' },
  { field: 'title', label: 'Job title' },
  { field: 'department', label: 'Department' },
  { field: 'email', label: 'Email' },
  { field: 'phone', label: 'Phone' },
  { field: 'mobile', label: 'Mobile' },
  { field: 'managerId', label: 'Manager CRM id' },
  { field: 'managerEmail', label: 'Manager email' },
  { field: 'managerName', label: 'Manager name' },
];

/** The names of the presets as people read them. */
export const PRESET_LABELS: Record<ContactPreset, string> = {
  salesforce: 'Salesforce contact export',
  hubspot: 'HubSpot contact export',
  generic: 'Other file (columns guessed from their names)',
};

/** Which column (index into the header row) each field is read from; a field left out is not imported. */
export type ContactMapping = Partial<Record<ContactField, number>>;

/** The text encodings a contact file may be in. */
export type ContactEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The separators a contact file may use. */
export type ContactDelimiter = ',' | ';' | '\t';

/** A contact file as read: its column names and its rows, each with the file line it starts on. */
export interface ContactTable {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  encoding: ContactEncoding;
  delimiter: ContactDelimiter;
}

/** A read contact file, or why it cannot be read (with the line it concerns, when there is one). */
export type ReadResult = { ok: true; table: ContactTable } | { ok: false; message: string; line?: number };
