import type { ContactField, ContactMapping, ContactPreset } from './fields.ts';

/** A column name compared the way header matching wants: case, spaces, punctuation and a BOM ignored. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Column names per field, best first, for any file. */
const GENERIC: Record<ContactField, readonly string[]> = {
  crmId: ['crmid', 'id', 'contactid', 'recordid', 'externalid'],
  accountId: ['accountid', 'companyid', 'associatedcompanyid'],
  company: ['company', 'companyname', 'accountname', 'account', 'organization', 'organisation', 'employer', 'associatedcompany'],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  fullName: ['name', 'fullname', 'contactname', 'contact', 'displayname', 'person'],
  title: ['title', 'jobtitle', 'position', 'role', 'function'],
  department: ['department', 'dept', 'division', 'team'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'businessemail'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'workphone', 'businessphone', 'officephone'],
  mobile: ['mobile', 'mobilephone', 'mobilephonenumber', 'mobilenumber', 'cell', 'cellphone'],
  managerId: ['reportstoid', 'managerid', 'managercrmid', 'supervisorid'],
  managerEmail: ['reportstoemail', 'manageremail', 'supervisoremail', 'linemanageremail'],
  managerName: ['reportsto', 'reportstoname', 'manager', 'managername', 'supervisor', 'linemanager'],
};

/** Salesforce's own column names (Data Export / Data Loader, API names), tried before the generic ones. */
const SALESFORCE: Partial<Record<ContactField, readonly string[]>> = {
  crmId: ['id'],
  accountId: ['accountid'],
  company: ['accountname'],
  mobile: ['mobilephone'],
  managerId: ['reportstoid'],
  managerEmail: ['reportstoemail'],
  managerName: ['reportstoname'],
};

/** HubSpot's column names (contact export), tried before the generic ones. */
const HUBSPOT: Partial<Record<ContactField, readonly string[]>> = {
  crmId: ['recordid'],
  company: ['companyname', 'associatedcompany'],
  accountId: ['associatedcompanyid'],
  title: ['jobtitle'],
  phone: ['phonenumber'],
  mobile: ['mobilephonenumber'],
};

const SALESFORCE_MARKS = ['accountid', 'reportstoid', 'reportstoemail', 'mobilephone', 'mailingcity', 'ownerid'];
const HUBSPOT_MARKS = ['recordid', 'jobtitle', 'phonenumber', 'companyname', 'contactowner', 'lifecyclestage'];

/** The preset a header row looks like: Salesforce and HubSpot by their own column names, else generic. */
export function detectPreset(headers: readonly string[]): ContactPreset {
  const keys = new Set(headers.map(headerKey));
  const named = keys.has('firstname') || keys.has('lastname');
  if (!named) return 'generic';
  const salesforce = SALESFORCE_MARKS.filter((mark) => keys.has(mark)).length + (keys.has('id') ? 1 : 0);
  const hubspot = HUBSPOT_MARKS.filter((mark) => keys.has(mark)).length;
  if (salesforce === 0 && hubspot === 0) return 'generic';
  return salesforce >= hubspot ? 'salesforce' : 'hubspot';
}

/**
 * True when a header row names the columns of contacts: a name (full, first or last) and at least one of email,
 * job title, phone or company. Pasted spreadsheet rows with such a header open the contact import.
 */
export function looksLikeContacts(headers: readonly string[]): boolean {
  const mapping = presetMapping(detectPreset(headers), headers);
  const named = mapping.fullName !== undefined || mapping.firstName !== undefined || mapping.lastName !== undefined;
  return named && (mapping.email !== undefined || mapping.title !== undefined || mapping.phone !== undefined || mapping.company !== undefined);
}

/** The column mapping of a preset for a header row: each field gets the first column carrying one of its names. */
export function presetMapping(preset: ContactPreset, headers: readonly string[]): ContactMapping {
  const keys = headers.map(headerKey);
  const own = preset === 'salesforce' ? SALESFORCE : preset === 'hubspot' ? HUBSPOT : {};
  const mapping: ContactMapping = {};
  const taken = new Set<number>();
  const claim = (field: ContactField, names: readonly string[]): void => {
    if (mapping[field] !== undefined) return;
    for (const name of names) {
      const column = keys.findIndex((key, at) => key === name && !taken.has(at));
      if (column >= 0) {
        mapping[field] = column;
        taken.add(column);
        return;
      }
    }
  };
  for (const [field, names] of Object.entries(own) as [ContactField, readonly string[]][]) claim(field, names);
  for (const [field, names] of Object.entries(GENERIC) as [ContactField, readonly string[]][]) claim(field, names);
  return mapping;
}
