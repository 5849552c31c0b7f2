import { isLegalSuffix } from './role-words.js';

/**
 * Splits a header line such as "Acme, Inc. — Senior Engineer | Berlin (Remote)" into
 * its parts. Parenthesised text becomes a part of its own unless it is an acronym
 * belonging to a name ("Certified Kubernetes Administrator (CKA)"); legal suffixes stay
 * with their company.
 */
export function splitParts(text: string): string[] {
  const unparenthesized = text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) =>
    /^\p{Lu}[\p{Lu}\d+]{1,7}$/u.test(inner.trim()) ? whole : ` | ${inner} | `,
  );
  const parts: string[] = [];
  for (const raw of unparenthesized.split(/\s+[|·•–—-]\s+|\s*[|·•–—]\s*|,\s+|\s*;\s*/u)) {
    const part = raw.trim();
    if (!part) continue;
    if (parts.length > 0 && isLegalSuffix(part)) parts[parts.length - 1] += `, ${part}`;
    else parts.push(part);
  }
  return parts;
}

/** Share of significant words that start with a capital: headers are Title Case, prose is not. */
export function capitalizedRatio(text: string): number {
  const significant = text.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !/^(?:of|and|the|at|in|for|on|to|a|an|&|de|la|du|und|für|y|e)$/i.test(word));
  if (significant.length === 0) return 0;
  return significant.filter((word) => /^[^\p{L}]*[\p{Lu}\d]/u.test(word)).length / significant.length;
}
