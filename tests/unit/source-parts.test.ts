// A page's source line: the source's own words (title, address) are marked Dutch and left to
// right; a translation's words keep the page's language: the note ("consulted" and the date),
// and a publisher or date it writes in its own script. In a right-to-left note each date is its
// own isolated run (in Arabic text 2026-12-02 would otherwise show as 02-12-2026).
import { describe, expect, it } from 'vitest';
import { sourceParts } from '../../src/model/source-parts';

describe('sourceParts', () => {
  it('cuts an Arabic note and its date off the Dutch title and address', () => {
    expect(sourceParts('Over 1712 (hulplijn 1712), https://www.1712.be/nl/over-1712 (تاريخ الاطلاع 2026-12-02)')).toEqual([
      { text: 'Over 1712 (hulplijn 1712), https://www.1712.be/nl/over-1712', kind: 'source', lang: 'nl' },
      { text: ' (تاريخ الاطلاع ', kind: 'note' },
      { text: '2026-12-02', kind: 'date' },
      { text: ')', kind: 'note' },
    ]);
  });

  it('keeps an address with a query string whole before an Arabic note', () => {
    const parts = sourceParts('Title (Helder Recht), https://www.helderrecht.be/nl/vraag/x?o=8018 (تاريخ الاطلاع 2026-12-02)');
    expect(parts[0]).toEqual({ text: 'Title (Helder Recht), https://www.helderrecht.be/nl/vraag/x?o=8018', kind: 'source', lang: 'nl' });
    expect(parts.filter((part) => part.kind === 'date').map((part) => part.text)).toEqual(['2026-12-02']);
  });

  it('cuts a left-to-right note off too, in one run (no date run: it displays correctly as it is)', () => {
    expect(sourceParts('Title (Helder Recht), https://www.helderrecht.be/nl/vraag/x?o=8018 (дата обращения 2026-12-02)')).toEqual([
      { text: 'Title (Helder Recht), https://www.helderrecht.be/nl/vraag/x?o=8018', kind: 'source', lang: 'nl' },
      { text: ' (дата обращения 2026-12-02)', kind: 'note' },
    ]);
  });

  it('keeps a publisher the translation names in its own script in the page’s language, with its brackets', () => {
    expect(
      sourceParts('Légalisation de documents (Посольство Бельгии в Марокко), https://morocco.diplomatie.belgium.be/fr/x (дата обращения 2026-12-02)'),
    ).toEqual([
      { text: 'Légalisation de documents ', kind: 'source', lang: 'nl' },
      { text: '(Посольство Бельгии в Марокко), ', kind: 'note' },
      { text: 'https://morocco.diplomatie.belgium.be/fr/x', kind: 'source', lang: 'nl' },
      { text: ' (дата обращения 2026-12-02)', kind: 'note' },
    ]);
  });

  it('keeps a Dutch publisher Dutch when the translation writes the date beside it', () => {
    expect(sourceParts('Decreet aangepast (Agentschap Integratie en Inburgering, 7 июля 2015), https://www.agii.be/x')).toEqual([
      { text: 'Decreet aangepast (Agentschap Integratie en Inburgering, ', kind: 'source', lang: 'nl' },
      { text: '7 июля 2015), ', kind: 'note' },
      { text: 'https://www.agii.be/x', kind: 'source', lang: 'nl' },
    ]);
  });

  it('without an address, cuts where the right-to-left text begins', () => {
    const parts = sourceParts('Beleidsbrief Inburgering en Integratie 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1)، §5.1.3، فقط بشأن ماهية حزمة البداية');
    expect(parts[0]).toEqual({ text: 'Beleidsbrief Inburgering en Integratie 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1)', kind: 'source', lang: 'nl' });
    expect(
      parts
        .slice(1)
        .map((part) => part.text)
        .join(''),
    ).toBe('، §5.1.3، فقط بشأن ماهية حزمة البداية');
    expect(parts.some((part) => part.kind === 'date')).toBe(false);
  });

  it('without an address, cuts a Cyrillic note at the comma before it', () => {
    expect(sourceParts('Beleidsbrief 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1), §5.1.2 и §3, только о том, что такое пакет')).toEqual([
      { text: 'Beleidsbrief 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1),', kind: 'source', lang: 'nl' },
      { text: ' §5.1.2 и §3, только о том, что такое пакет', kind: 'note' },
    ]);
  });

  it('leaves a Dutch source without address or note whole', () => {
    const line = 'Beleidsbrief Inburgering en Integratie 2011-2012 (Vlaams Parlement, stuk 1313, nr. 1), §5.1.3';
    expect(sourceParts(line)).toEqual([{ text: line, kind: 'source', lang: 'nl' }]);
  });

  it('in a Dutch page, the note follows the source in the page’s language', () => {
    expect(sourceParts('Inburgering (Vlaanderen.be), https://www.vlaanderen.be/samenleven/herkomst/inburgering (geraadpleegd 2026-12-02)')).toEqual([
      { text: 'Inburgering (Vlaanderen.be), https://www.vlaanderen.be/samenleven/herkomst/inburgering', kind: 'source', lang: 'nl' },
      { text: ' (geraadpleegd 2026-12-02)', kind: 'note' },
    ]);
  });

  it('marks a tagged title in its own language, the publisher and address Dutch, the note the page’s', () => {
    expect(sourceParts('Apprendre le néerlandais [fr] (RTBF, oktober 2018), https://www.rtbf.be/x (дата обращения 2026-12-02)')).toEqual([
      { text: 'Apprendre le néerlandais', kind: 'source', lang: 'fr' },
      { text: ' (RTBF, oktober 2018), https://www.rtbf.be/x', kind: 'source', lang: 'nl' },
      { text: ' (дата обращения 2026-12-02)', kind: 'note' },
    ]);
  });

  it('keeps a title’s own brackets in its language: the tag ends the title', () => {
    const parts = sourceParts('Protection sociale flamande (zorgkas) [fr] (Partenamut), https://partenamut.be/x (geraadpleegd 2026-12-02)');
    expect(parts[0]).toEqual({ text: 'Protection sociale flamande (zorgkas)', kind: 'source', lang: 'fr' });
    expect(parts[1]).toEqual({ text: ' (Partenamut), https://partenamut.be/x', kind: 'source', lang: 'nl' });
  });
});
