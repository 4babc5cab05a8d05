import { describe, expect, it } from 'vitest';
import { suggestedFileName } from '../../../renderer/src/commands/document';
import { fileSlug } from '../../../renderer/src/model/fileSlug';

describe('fileSlug (every suggested file name: design, exports, scenario CSV/PNG)', () => {
  it('drops accents, lowercases and joins words with single dashes', () => {
    expect(fileSlug('Fraud détection')).toBe('fraud-detection');
    expect(fileSlug('  Coût / mois (v2)  ')).toBe('cout-mois-v2');
  });

  it("falls back to 'design' when nothing file-safe is left", () => {
    expect(fileSlug('')).toBe('design');
    expect(fileSlug(' — ')).toBe('design');
  });

  it('names a saved design <slug>.nuage.json', () => {
    expect(suggestedFileName('Fraud detection')).toBe('fraud-detection.nuage.json');
    expect(suggestedFileName('???')).toBe('design.nuage.json');
  });
});
