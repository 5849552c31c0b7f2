import type { CountryCode } from 'libphonenumber-js';

// Place names are recognised so that "Vilnius, Lithuania" is not mistaken for an
// employer, and so that a phone number written without +country can be read in the
// country the résumé is from.
const COUNTRIES: Record<string, CountryCode> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', 'u.s.': 'US', us: 'US',
  'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  ireland: 'IE', canada: 'CA', australia: 'AU', 'new zealand': 'NZ', germany: 'DE', deutschland: 'DE',
  austria: 'AT', switzerland: 'CH', france: 'FR', belgium: 'BE', netherlands: 'NL', 'the netherlands': 'NL',
  luxembourg: 'LU', spain: 'ES', portugal: 'PT', italy: 'IT', greece: 'GR', malta: 'MT', cyprus: 'CY',
  denmark: 'DK', sweden: 'SE', norway: 'NO', finland: 'FI', iceland: 'IS', estonia: 'EE', latvia: 'LV',
  lithuania: 'LT', poland: 'PL', czechia: 'CZ', 'czech republic': 'CZ', slovakia: 'SK', hungary: 'HU',
  slovenia: 'SI', croatia: 'HR', serbia: 'RS', romania: 'RO', bulgaria: 'BG', ukraine: 'UA', moldova: 'MD',
  georgia: 'GE', armenia: 'AM', turkey: 'TR', 'türkiye': 'TR', israel: 'IL', 'united arab emirates': 'AE', uae: 'AE',
  'saudi arabia': 'SA', qatar: 'QA', egypt: 'EG', morocco: 'MA', nigeria: 'NG', kenya: 'KE', ghana: 'GH',
  'south africa': 'ZA', india: 'IN', pakistan: 'PK', bangladesh: 'BD', 'sri lanka': 'LK', china: 'CN',
  'hong kong': 'HK', taiwan: 'TW', japan: 'JP', 'south korea': 'KR', korea: 'KR', singapore: 'SG',
  malaysia: 'MY', indonesia: 'ID', philippines: 'PH', vietnam: 'VN', thailand: 'TH', mexico: 'MX',
  brazil: 'BR', argentina: 'AR', chile: 'CL', colombia: 'CO', peru: 'PE', uruguay: 'UY',
};

const CITIES: Record<string, CountryCode> = {
  'new york': 'US', 'new york city': 'US', nyc: 'US', 'san francisco': 'US', 'los angeles': 'US', seattle: 'US',
  boston: 'US', chicago: 'US', austin: 'US', denver: 'US', atlanta: 'US', miami: 'US', 'washington, dc': 'US',
  'san jose': 'US', 'san diego': 'US', portland: 'US', dallas: 'US', houston: 'US', philadelphia: 'US',
  toronto: 'CA', vancouver: 'CA', montreal: 'CA', london: 'GB', manchester: 'GB', edinburgh: 'GB',
  birmingham: 'GB', bristol: 'GB', cambridge: 'GB', oxford: 'GB', dublin: 'IE', berlin: 'DE', munich: 'DE',
  'münchen': 'DE', hamburg: 'DE', frankfurt: 'DE', cologne: 'DE', 'köln': 'DE', stuttgart: 'DE', vienna: 'AT',
  wien: 'AT', zurich: 'CH', 'zürich': 'CH', geneva: 'CH', paris: 'FR', lyon: 'FR', brussels: 'BE',
  amsterdam: 'NL', rotterdam: 'NL', 'the hague': 'NL', eindhoven: 'NL', madrid: 'ES', barcelona: 'ES',
  valencia: 'ES', lisbon: 'PT', porto: 'PT', rome: 'IT', milan: 'IT', turin: 'IT', athens: 'GR',
  copenhagen: 'DK', aarhus: 'DK', stockholm: 'SE', gothenburg: 'SE', oslo: 'NO', helsinki: 'FI',
  tallinn: 'EE', riga: 'LV', vilnius: 'LT', kaunas: 'LT', 'klaipėda': 'LT', warsaw: 'PL', krakow: 'PL',
  'kraków': 'PL', 'wrocław': 'PL', wroclaw: 'PL', 'gdańsk': 'PL', gdansk: 'PL', prague: 'CZ', brno: 'CZ',
  bratislava: 'SK', budapest: 'HU', ljubljana: 'SI', zagreb: 'HR', belgrade: 'RS', bucharest: 'RO',
  sofia: 'BG', kyiv: 'UA', kiev: 'UA', lviv: 'UA', istanbul: 'TR', 'tel aviv': 'IL', dubai: 'AE',
  cairo: 'EG', lagos: 'NG', nairobi: 'KE', 'cape town': 'ZA', johannesburg: 'ZA', bangalore: 'IN',
  bengaluru: 'IN', mumbai: 'IN', delhi: 'IN', 'new delhi': 'IN', hyderabad: 'IN', pune: 'IN', chennai: 'IN',
  beijing: 'CN', shanghai: 'CN', shenzhen: 'CN', tokyo: 'JP', osaka: 'JP', seoul: 'KR', sydney: 'AU',
  melbourne: 'AU', auckland: 'NZ', 'mexico city': 'MX', 'são paulo': 'BR', 'sao paulo': 'BR',
  'buenos aires': 'AR', santiago: 'CL', 'bogotá': 'CO', bogota: 'CO', lima: 'PE',
};

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '),
);
const WORK_MODES = /^(?:remote|hybrid|on-?site|fully remote|remote-first|worldwide|anywhere)$/i;

function placeKey(text: string): string {
  return text.trim().toLowerCase().replace(/[()]/g, '').replace(/\s+/g, ' ');
}

/** The country a single place name points to ("Vilnius" → LT, "Germany" → DE). */
function countryOfPlace(text: string): CountryCode | undefined {
  const key = placeKey(text);
  return COUNTRIES[key] ?? CITIES[key];
}

/** "Vilnius, Lithuania", "Austin, TX", "Remote", "Berlin (Hybrid)", "London" */
export function isLocation(text: string): boolean {
  const parts = text
    .replace(/\((?:remote|hybrid|on-?site)\)/gi, '')
    .split(/\s*[,/·|]\s*|\s+[-–—]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return false;
  return parts.every((part, index) => WORK_MODES.test(part) || countryOfPlace(part) !== undefined || (index > 0 && US_STATES.has(part)))
    || (parts.length >= 2 && parts.slice(1).every((part) => countryOfPlace(part) !== undefined || US_STATES.has(part) || WORK_MODES.test(part)) && isPlaceLike(parts[0] ?? ''));
}

/** A country or US state: the second half of "Town, Region". */
export function isRegion(text: string): boolean {
  return COUNTRIES[placeKey(text)] !== undefined || US_STATES.has(text.trim());
}

function isPlaceLike(text: string): boolean {
  return /^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}$/u.test(text);
}

/** The first country that a place named anywhere in these lines points to. */
export function inferCountry(lines: string[]): CountryCode | undefined {
  for (const line of lines) {
    for (const part of line.split(/\s*[,|·•;]\s*|\s+[-–—]\s+/)) {
      const country = countryOfPlace(part) ?? (US_STATES.has(part.trim()) && /,\s*[A-Z]{2}\b/.test(line) ? 'US' : undefined);
      if (country) return country;
    }
  }
  return undefined;
}
