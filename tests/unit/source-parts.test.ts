// A page's source line: the Dutch title and address stay Dutch and left to right; an Arabic
// translation's note ("consulted" and the date) is cut off and keeps the page's language, with
// each date as its own isolated run (in Arabic text 2026-12-02 would otherwise show as 02-12-2026).
// A left-to-right note stays with the title, as before.
import { describe, expect, it } from 'vitest';
import { sourceParts } from '../../src/model/source-parts';

describe('sourceParts', () => {
  it('cuts an Arabic note and its date off the Dutch title and address', () => {
    const parts = sourceParts('Over 1712 (hulplijn 1712), https://www.1712.be/nl/over-1712 (تاريخ الاطلاع 2026-12-02)');
    expect(parts.dutch).toBe('Over 1712 (hulplijn 1712), https://www.1712.be/nl/over-1712');
    expect(parts.note).toEqual([
      { text: ' (تاريخ الاطلاع ', date: false },
      { text: '2026-12-02', date: true },
      { text: ')', date: false },
    ]);
  });

  it('keeps an address with a query string whole before an Arabic note', () => {
    const parts = sourceParts('Title (Helder Recht), https://www.helderrecht.be/nl/vraag/x?o=8018 (تاريخ الاطلاع 2026-12-02)');
    expect(parts.dutch).toBe('Title (Helder Recht), https://www.helderrecht.be/nl/vraag/x?o=8018');
    expect(parts.note.filter((part) => part.date).map((part) => part.text)).toEqual(['2026-12-02']);
  });

  it('leaves a line with a left-to-right note whole (it displays correctly as it is)', () => {
    const line = 'Title (Helder Recht), https://www.helderrecht.be/nl/vraag/x?o=8018 (дата обращения 2026-12-02)';
    expect(sourceParts(line)).toEqual({ dutch: line, note: [] });
  });

  it('without an address, cuts where the right-to-left text begins', () => {
    const parts = sourceParts('Beleidsbrief Inburgering en Integratie 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1)، §5.1.3، فقط بشأن ماهية حزمة البداية');
    expect(parts.dutch).toBe('Beleidsbrief Inburgering en Integratie 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1)');
    expect(parts.note.map((part) => part.text).join('')).toBe('، §5.1.3، فقط بشأن ماهية حزمة البداية');
    expect(parts.note.some((part) => part.date)).toBe(false);
  });

  it('leaves a Dutch source without address or note whole', () => {
    expect(sourceParts('Beleidsbrief Inburgering en Integratie 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1), §5.1.3')).toEqual({
      dutch: 'Beleidsbrief Inburgering en Integratie 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1), §5.1.3',
      note: [],
    });
  });

  it('in a Dutch page, the line stays whole', () => {
    const line = 'Inburgering (Vlaanderen.be), https://www.vlaanderen.be/samenleven/herkomst/inburgering (geraadpleegd 2026-12-02)';
    expect(sourceParts(line)).toEqual({ dutch: line, note: [] });
  });
});
