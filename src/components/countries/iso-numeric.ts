/**
 * ISO 3166-1 numeric codes of the countries the portal covers, by alpha-2 code: world-atlas
 * names its features by the numeric code. All twenty exist in countries-110m.json.
 */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AR: '032',
  BO: '068',
  BR: '076',
  CL: '152',
  CO: '170',
  CR: '188',
  CU: '192',
  DO: '214',
  EC: '218',
  SV: '222',
  GT: '320',
  HT: '332',
  HN: '340',
  MX: '484',
  NI: '558',
  PA: '591',
  PY: '600',
  PE: '604',
  UY: '858',
  VE: '862',
};
