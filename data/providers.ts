/** Mail providers and MTAs whose own wording the catalogue records. Names are proper nouns: not translated. */
export const PROVIDERS = {
  gmail: { name: 'Gmail / Google Workspace' },
  microsoft365: { name: 'Microsoft 365 / Exchange Online' },
  exchange: { name: 'Exchange Server' },
  outlook: { name: 'Outlook.com' },
  yahoo: { name: 'Yahoo / AOL' },
  icloud: { name: 'Apple iCloud Mail' },
  postfix: { name: 'Postfix' },
  exim: { name: 'Exim' },
  sendmail: { name: 'Sendmail' },
} as const satisfies Record<string, { name: string }>;

export type ProviderId = keyof typeof PROVIDERS;
