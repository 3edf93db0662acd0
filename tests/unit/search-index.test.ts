// What the search index holds (src/search/index-rules.ts) and the folded forms (search-forms.ts),
// in-process over small pages.
import { describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../src/search/index-rules';
import { extraForms, fold } from '../../src/search/search-forms';

const page = (lang: string, article: string, extra = '') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header>Menu</header><main>${article}${extra}</main><footer>Voet</footer></body></html>`;

describe('the search index', () => {
  it('indexes the article of a page, with its title weighted and each entry as a sub-result', () => {
    const html = prepareForIndex(
      page(
        'nl',
        '<article><h1>Taalgids</h1><ul><li><p class="phrase-guide__dutch" id="p-1"><span lang="nl">Ik ben ziek.</span></p><p class="phrase-guide__meaning">Ik ben ziek.</p></li></ul><section class="checklist__group"><ul><li><label><input type="checkbox" aria-describedby="about-diploma">Diploma</label><div id="about-diploma"><p>Uw diploma.</p></div></li></ul></section></article>',
      ),
      '/nl/pakket/taalgids/',
    )!;
    expect(html).toContain('<article data-pagefind-body>');
    expect(html).toContain('<h1 data-pagefind-weight="10">Taalgids</h1>');
    expect(html).toContain('id="p-1" data-pagefind-title="Ik ben ziek. · Ik ben ziek."');
    expect(html).toContain('id="about-diploma" data-pagefind-title="Diploma"');
  });

  it('weighs a testimonial’s text at half a chapter’s, its title as any title', () => {
    const html = prepareForIndex(page('tr', '<article class="prose story"><h1>Mehmet</h1><p>İş bulmak zordu.</p></article>'), '/tr/getuigenissen/mehmet/')!;
    expect(html).toContain('<article class="prose story" data-pagefind-body data-pagefind-weight="0.5">');
    expect(html).toContain('<h1 data-pagefind-weight="10">Mehmet</h1>');
    expect(prepareForIndex(page('tr', '<article class="prose"><h1>İş</h1></article>'), '/tr/x/')).not.toContain('data-pagefind-weight="0.5"');
  });

  it('leaves out fallback pages, the whole-document page, the search page, filtered views and pages without an article', () => {
    expect(prepareForIndex(page('tr', '<article lang="en"><h1>The pack</h1></article>'), '/tr/pakket/')).toBeUndefined();
    expect(prepareForIndex(page('nl', '<article><h1>Alles</h1></article>'), '/nl/pakket/brochure/alles/')).toBeUndefined();
    expect(prepareForIndex(page('nl', '<article><h1>Zoeken</h1></article>', '<div data-search></div>'), '/nl/zoeken/')).toBeUndefined();
    expect(prepareForIndex(page('nl', '<h1>Niet gevonden</h1>'), '/nl/x/')).toBeUndefined();
    // A filtered view of a list: the list page and its stories are indexed instead.
    expect(prepareForIndex(page('nl', '<article><h1>Verhalen</h1><div data-filtered></div></article>'), '/nl/verhalen/taal/ar/')).toBeUndefined();
    // The article in the page's own language is indexed.
    expect(prepareForIndex(page('ar', '<article lang="ar" dir="rtl"><h1>حزمة</h1></article>'), '/ar/pakket/')).toContain('data-pagefind-body');
  });

  it('adds the folded forms between their marks after the text, and after a heading rather than in it', () => {
    const html = prepareForIndex(page('ar', '<article><h1>الأطفال والمدرسة</h1><p>سِنَة الطبيب</p></article>'), '/ar/x/')!;
    expect(html).toContain('<h1 data-pagefind-weight="10">الأطفال والمدرسة</h1> ⟦ اطفال مدرسه ⟧ ');
    expect(html).toContain('<p>سِنَة الطبيب ⟦ سنه طبيب ⟧ </p>');
  });
});

describe('folded forms', () => {
  it('drop short vowels, unify hamza seats and taa marbuta, and drop the Arabic article and particles', () => {
    expect(fold('تَعَلُّم اللُّغَة')).toBe('تعلم لغه');
    expect(fold('أطفال إلى آخر')).toBe('اطفال الي اخر');
    expect(fold('والشهادة للانتخابات بالنسبة')).toBe('شهاده انتخابات نسبه');
    // Too short to be article + word: kept.
    expect(fold('التي')).toBe('التي');
  });
  it('replace the Turkish dotless ı and the Polish ł, which are no accented letters; leave accents to Pagefind', () => {
    expect(fold('sınav żłobek Łódź')).toBe('sinav żlobek Lódź');
    expect(extraForms('Sınavı geçti, şehir')).toEqual(['Sinavi']);
  });
});
