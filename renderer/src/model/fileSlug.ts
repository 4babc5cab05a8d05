/**
 * An ASCII, file-name-safe slug of a design name, the stem of every suggested file name:
 * 'Fraud détection' → 'fraud-detection'; 'design' when nothing is left.
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'design' : slug;
}
