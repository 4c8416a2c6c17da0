import { describe, expect, it } from 'vitest';
import { detectPreset, looksLikeContacts, presetMapping } from '../../../shared/contacts/index.ts';
import { fixtureTable } from './fixtures.ts';

describe('contact presets', () => {
  it('recognises a Salesforce contact export and maps every column', () => {
    const { headers } = fixtureTable('salesforce-40.csv');
    expect(detectPreset(headers)).toBe('salesforce');
    expect(presetMapping('salesforce', headers)).toEqual({
      crmId: 0,
      accountId: 1,
      firstName: 2,
      lastName: 3,
      title: 4,
      department: 5,
      email: 6,
      phone: 7,
      mobile: 8,
      managerId: 9,
    });
  });

  it('maps the ReportsTo.Email column of Salesforce imports', () => {
    const headers = ['FirstName', 'LastName', 'Email', 'AccountId', 'ReportsTo.Email'];
    expect(detectPreset(headers)).toBe('salesforce');
    expect(presetMapping('salesforce', headers).managerEmail).toBe(4);
  });

  it('recognises HubSpot with or without Record ID and Company Name, ignoring case, spaces and a BOM', () => {
    const { headers } = fixtureTable('hubspot-bom-semicolon.csv');
    expect(detectPreset(headers)).toBe('hubspot');
    expect(presetMapping('hubspot', headers)).toEqual({ crmId: 0, firstName: 1, lastName: 2, title: 3, email: 4, phone: 5, company: 6 });
    const bare = ['\uFEFFfirst name', 'LAST NAME', 'Job Title', 'email', 'Phone Number'];
    expect(detectPreset(bare)).toBe('hubspot');
    expect(presetMapping('hubspot', bare)).toEqual({ firstName: 0, lastName: 1, title: 2, email: 3, phone: 4 });
  });

  it('guesses a generic file by its column names', () => {
    const headers = ['Name', 'E-mail', 'Position', 'Manager', 'Mobile', 'Company'];
    expect(detectPreset(headers)).toBe('generic');
    expect(presetMapping('generic', headers)).toEqual({ fullName: 0, email: 1, title: 2, managerName: 3, mobile: 4, company: 5 });
  });

  it('tells a contact header row from other pasted rows', () => {
    expect(looksLikeContacts(['Name', 'Email'])).toBe(true);
    expect(looksLikeContacts(['First Name', 'Last Name', 'Job Title'])).toBe(true);
    expect(looksLikeContacts(['Id', 'AccountId', 'FirstName', 'LastName'])).toBe(false);
    expect(looksLikeContacts(['Task', 'Owner', 'Due'])).toBe(false);
    expect(looksLikeContacts(['Name'])).toBe(false);
  });

  it('reads its own export back (the columns of export-contacts)', () => {
    const headers = ['Name', 'Job title', 'Department', 'Email', 'Phone', 'Mobile', 'CRM id', 'Buying role', 'Support', 'Influence', 'Reports to', 'Reports to email'];
    expect(presetMapping(detectPreset(headers), headers)).toEqual({
      fullName: 0,
      title: 1,
      department: 2,
      email: 3,
      phone: 4,
      mobile: 5,
      crmId: 6,
      managerName: 10,
      managerEmail: 11,
    });
  });
});
