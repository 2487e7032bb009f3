// Canada's provinces and territories by their two-letter postal codes: where an organization works,
// and which provinces a law-specific resource applies to.
export const provinces = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
export type Province = (typeof provinces)[number];
