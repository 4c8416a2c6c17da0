import type { Edition } from '../api.ts';

/** A file name every common file system accepts: no path or reserved characters, no trailing dots, not too long. */
export function safeFileName(text: string): string {
  const cleaned = text
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const short = cleaned.length > 150 ? cleaned.slice(0, 150).trimEnd() : cleaned;
  return short || 'Account plan';
}

/**
 * "Northwind Logistics - FY27 growth plan (customer).pdf"; a plan title that repeats the account name is shortened.
 * Without an edition (the JSON plan file) there is no "(edition)" suffix.
 */
export function documentFileName(accountName: string, planTitle: string, edition: Edition | null, extension: string): string {
  const account = accountName.trim();
  let title = planTitle.trim();
  if (account && title.toLowerCase().startsWith(account.toLowerCase())) {
    title = title.slice(account.length).replace(/^[\s\-–—:|,]+/, '');
  }
  const base = [account, title].filter(Boolean).join(' - ');
  return `${safeFileName(edition === null ? base : `${base} (${edition})`)}.${extension}`;
}
