import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';

/**
 * RESUME_DEFAULT_PHONE_REGION (ISO 3166 alpha-2, e.g. "DE"): where numbers written without a
 * country code are read when the résumé's address names no country. Unset: kept as written.
 */
export function defaultPhoneRegion(env: NodeJS.ProcessEnv = process.env): CountryCode | undefined {
  const value = env.RESUME_DEFAULT_PHONE_REGION?.trim().toUpperCase();
  if (!value) return undefined;
  if (!isSupportedCountry(value)) throw new Error(`RESUME_DEFAULT_PHONE_REGION must be a two-letter country code such as DE or US, not "${value}".`);
  return value;
}
