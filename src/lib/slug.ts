/** A readable id from a name: "Nick Clegg" → "nick-clegg", "Émirats arabes unis" → "emirats-arabes-unis". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || 'node';
}

/** A short random suffix for ids that must not clash. */
export function randomSuffix(length = 8): string {
  let out = '';
  while (out.length < length) out += Math.random().toString(36).slice(2);
  return out.slice(0, length);
}

/** Ids clients may choose: lower-case letters, digits and dashes, 1 to 120 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;
