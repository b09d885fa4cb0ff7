/** Documents the glossary and the guides cite, checked as stored copies (see each entry's sources). */
import type { Source } from './glossary';

export const rfc = (n: number, section?: string): Source =>
  `https://www.rfc-editor.org/rfc/rfc${n}${section ? `#section-${section}` : ''}`;

export const GOOGLE_SENDER_GUIDELINES: Source = 'https://support.google.com/mail/answer/81126';
export const GOOGLE_SENDER_FAQ: Source = 'https://support.google.com/a/answer/14229414';
export const GOOGLE_SMTP_ERRORS: Source = 'https://support.google.com/a/answer/3726730';
export const YAHOO_SENDER_REQUIREMENTS: Source = 'https://senders.yahooinc.com/best-practices/';
export const YAHOO_SENDER_FAQ: Source = 'https://senders.yahooinc.com/faqs/';
export const MICROSOFT_HIGH_VOLUME: Source =
  'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730';
export const MICROSOFT_NDR: Source =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
export const SPAMHAUS_CHECK: Source = 'https://check.spamhaus.org/';
export const OUTLOOK_TROUBLESHOOTING: Source = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';
