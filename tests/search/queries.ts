// The query set: what readers type (lower case, inflected, without diacritics, a Dutch term,
// a typo), and the page that must be among the first three results in that language's index.
// Written from the pages' content and what a newcomer asks; see recall.spec.ts.
// Slugs are the Dutch slugs, the same in every language.
const W = 'pakket/brochure/werk-en-diploma';
const NL = 'pakket/brochure/nederlands-leren';
const INB = 'pakket/brochure/inburgering';
const AAN = 'pakket/brochure/aankomst-en-inschrijving';
const GZ = 'pakket/brochure/gezondheid-en-wonen';
// Health insurance (the ziekenfonds) has its own section in the chapter on money and family.
const INSURANCE = [GZ, 'pakket/brochure/geld-en-gezin'];
const KS = 'pakket/brochure/kinderen-en-school';
const H = 'pakket/brochure/hulp';
const VV = 'pakket/brochure/voor-u-vertrekt';
const RZ = 'pakket/rugzak';
const TG = 'pakket/taalgids';
const VK = 'verkiezingen';
// The election leaflets and the checker answer a question about voting as well as their overview.
const VOTING = [VK, `${VK}/eu`, `${VK}/niet-eu`, `${VK}/kan-ik-stemmen`];

export interface SearchQuery {
  /** As a reader types it. */
  q: string;
  /** Slugs of the pages that answer the query: one of them must be among the first three results. */
  top3: string[];
  /** What the query tests, when it is not a plain word of the page. */
  kind?: 'inflected' | 'no diacritics' | 'typo' | 'dutch term' | 'no harakat' | 'with harakat' | 'hamza' | 'taa marbuta';
}

export const QUERIES: Record<string, SearchQuery[]> = {
  nl: [
    { q: 'mijn kind is ziek', top3: [TG] },
    { q: 'diploma erkennen', top3: [W] },
    { q: 'werk zoeken', top3: [W] },
    { q: 'huisarts', top3: [GZ] },
    { q: 'ziekenfonds', top3: [GZ] },
    { q: 'huur woning', top3: [GZ], kind: 'inflected' },
    { q: 'inschrijven gemeente', top3: [AAN] },
    { q: 'leerplicht', top3: [KS] },
    { q: 'kleuterschool', top3: [KS] },
    { q: 'tolk', top3: [H] },
    { q: 'nederlandse les', top3: [NL], kind: 'inflected' },
    { q: 'apostille', top3: [VV] },
    { q: 'geboorteakte', top3: [RZ, VV], kind: 'inflected' },
    { q: 'stemmen', top3: VOTING },
    { q: 'inburgeringsatest', top3: [INB], kind: 'typo' },
    { q: 'oriëntatie', top3: [INB] },
  ],
  en: [
    { q: 'pharmacy open', top3: [TG] },
    { q: 'diploma recognition', top3: [W] },
    { q: 'finding a job', top3: [W], kind: 'inflected' },
    { q: 'doctor', top3: [GZ] },
    { q: 'health insurance', top3: [GZ] },
    { q: 'renting a house', top3: [GZ], kind: 'inflected' },
    { q: 'register municipality', top3: [AAN] },
    { q: 'compulsory school', top3: [KS] },
    { q: 'interpreter', top3: [H] },
    { q: 'dutch lessons', top3: [NL], kind: 'inflected' },
    { q: 'apostille', top3: [VV] },
    { q: 'birth certificate', top3: [RZ, VV] },
    { q: 'vote elections', top3: VOTING },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
    { q: 'VDAB', top3: [W], kind: 'dutch term' },
    { q: 'integraton', top3: [INB], kind: 'typo' },
  ],
  fr: [
    { q: 'pharmacie ouverte', top3: [TG] },
    { q: 'reconnaissance diplome', top3: [W], kind: 'no diacritics' },
    { q: 'chercher un emploi', top3: [W] },
    { q: 'medecin', top3: [GZ], kind: 'no diacritics' },
    { q: 'mutualité', top3: [GZ] },
    { q: 'louer logement', top3: [GZ], kind: 'inflected' },
    { q: 'inscription commune', top3: [AAN] },
    { q: 'obligation scolaire', top3: [KS] },
    { q: 'interprète', top3: [H] },
    { q: 'cours de néerlandais', top3: [NL] },
    { q: 'apostille', top3: [VV] },
    { q: 'acte de naissance', top3: [RZ, VV] },
    { q: 'voter', top3: VOTING },
    { q: 'Huis van het Nederlands', top3: [NL], kind: 'dutch term' },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
  ],
  ar: [
    { q: 'صيدلية مفتوحة', top3: [TG] },
    { q: 'الشهادة', top3: [W] },
    { q: 'عمل', top3: [W] },
    { q: 'الطبيب', top3: [GZ] },
    { q: 'التأمين الصحي', top3: [GZ], kind: 'hamza' },
    { q: 'التامين الصحي', top3: [GZ], kind: 'hamza' },
    { q: 'تسجيل في البلدية', top3: [AAN] },
    { q: 'المدرسة', top3: [KS] },
    { q: 'مترجم', top3: [H] },
    { q: 'تعلم الهولندية', top3: [NL] },
    { q: 'تَعَلُّم اللُّغَة الهولندية', top3: [NL], kind: 'with harakat' },
    { q: 'الانتخابات', top3: VOTING },
    { q: 'شهادة الميلاد', top3: [RZ, VV] },
    { q: 'شهاده الميلاد', top3: [RZ, VV], kind: 'taa marbuta' },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
    { q: 'NT2', top3: [NL], kind: 'dutch term' },
  ],
  tr: [
    { q: 'eczane acik', top3: [TG], kind: 'no diacritics' },
    { q: 'diploma denkligi', top3: [W], kind: 'no diacritics' },
    { q: 'is bulmak', top3: [W], kind: 'no diacritics' },
    { q: 'doktor', top3: [GZ] },
    { q: 'saglik sigortasi', top3: [GZ], kind: 'no diacritics' },
    { q: 'ev kiralamak', top3: [GZ] },
    { q: 'belediyeye kayit', top3: [AAN], kind: 'no diacritics' },
    { q: 'okul', top3: [KS] },
    { q: 'tercuman', top3: [H], kind: 'no diacritics' },
    { q: 'felemenkce kursu', top3: [NL], kind: 'no diacritics' },
    { q: 'apostil', top3: [VV] },
    { q: 'dogum belgesi', top3: [RZ, VV], kind: 'no diacritics' },
    { q: 'secimler', top3: VOTING, kind: 'no diacritics' },
    { q: 'onthaalbureau', top3: [INB], kind: 'dutch term' },
    { q: 'VDAB', top3: [W], kind: 'dutch term' },
  ],
  pl: [
    { q: 'apteka otwarta', top3: [TG] },
    { q: 'uznanie dyplomu', top3: [W], kind: 'inflected' },
    { q: 'szukanie pracy', top3: [W] },
    { q: 'lekarz', top3: [GZ] },
    { q: 'ubezpieczenie zdrowotne', top3: [GZ] },
    { q: 'wynajem mieszkania', top3: [GZ] },
    { q: 'zameldowanie w gminie', top3: [AAN] },
    { q: 'obowiazek szkolny', top3: [KS], kind: 'no diacritics' },
    { q: 'tlumacz', top3: [H], kind: 'no diacritics' },
    { q: 'kurs niderlandzkiego', top3: [NL], kind: 'inflected' },
    { q: 'apostille', top3: [VV] },
    { q: 'akt urodzenia', top3: [RZ, VV] },
    { q: 'glosowanie', top3: VOTING, kind: 'no diacritics' },
    { q: 'Huis van het Nederlands', top3: [NL], kind: 'dutch term' },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
  ],
  ru: [
    { q: 'аптека открыта', top3: [TG] },
    { q: 'признание диплома', top3: [W] },
    { q: 'найти работу', top3: [W], kind: 'inflected' },
    { q: 'врач', top3: [GZ] },
    { q: 'медицинская страховка', top3: INSURANCE },
    { q: 'аренда жилья', top3: [GZ], kind: 'inflected' },
    { q: 'регистрация в муниципалитете', top3: [AAN], kind: 'inflected' },
    { q: 'обязательное обучение', top3: [KS] },
    { q: 'переводчик', top3: [H] },
    { q: 'курсы нидерландского', top3: [NL], kind: 'inflected' },
    { q: 'апостиль', top3: [VV] },
    { q: 'свидетельство о рождении', top3: [RZ, VV] },
    { q: 'выборы', top3: VOTING },
    { q: 'VDAB', top3: [W], kind: 'dutch term' },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
  ],
  es: [
    { q: 'farmacia abierta', top3: [TG] },
    { q: 'reconocimiento del titulo', top3: [W], kind: 'no diacritics' },
    { q: 'buscar trabajo', top3: [W] },
    { q: 'medico', top3: [GZ], kind: 'no diacritics' },
    { q: 'seguro de salud', top3: [GZ] },
    { q: 'alquilar vivienda', top3: [GZ] },
    { q: 'inscripcion en el ayuntamiento', top3: [AAN], kind: 'no diacritics' },
    { q: 'escolarizacion obligatoria', top3: [KS], kind: 'no diacritics' },
    { q: 'interprete', top3: [H], kind: 'no diacritics' },
    { q: 'clases de neerlandes', top3: [NL], kind: 'no diacritics' },
    { q: 'apostilla', top3: [VV] },
    { q: 'acta de nacimiento', top3: [RZ, VV] },
    { q: 'votar', top3: VOTING },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
    { q: 'NT2', top3: [NL], kind: 'dutch term' },
  ],
  bg: [
    { q: 'аптека отворена', top3: [TG] },
    { q: 'признаване на диплома', top3: [W] },
    { q: 'търсене на работа', top3: [W] },
    { q: 'лекар', top3: [GZ] },
    { q: 'здравна каса', top3: INSURANCE },
    { q: 'наем на жилище', top3: [GZ] },
    { q: 'регистрация в общината', top3: [AAN] },
    { q: 'задължително училище', top3: [KS], kind: 'inflected' },
    { q: 'преводач', top3: [H] },
    { q: 'курс по нидерландски', top3: [NL] },
    { q: 'апостил', top3: [VV] },
    { q: 'акт за раждане', top3: [RZ, VV] },
    { q: 'избори', top3: VOTING },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
    { q: 'VDAB', top3: [W], kind: 'dutch term' },
  ],
  ro: [
    { q: 'farmacie deschisa', top3: [TG], kind: 'no diacritics' },
    { q: 'recunoasterea diplomei', top3: [W], kind: 'no diacritics' },
    { q: 'cautare de lucru', top3: [W], kind: 'no diacritics' },
    { q: 'medic', top3: [GZ] },
    { q: 'asigurare de sanatate', top3: [GZ], kind: 'no diacritics' },
    { q: 'inchiriere locuinta', top3: [GZ], kind: 'no diacritics' },
    { q: 'inscriere la primarie', top3: [AAN], kind: 'no diacritics' },
    { q: 'scoala obligatorie', top3: [KS], kind: 'no diacritics' },
    { q: 'interpret', top3: [H] },
    { q: 'cursuri de neerlandeza', top3: [NL], kind: 'no diacritics' },
    { q: 'apostila', top3: [VV], kind: 'no diacritics' },
    { q: 'certificat de nastere', top3: [RZ, VV], kind: 'no diacritics' },
    { q: 'alegeri', top3: VOTING },
    { q: 'inburgering', top3: [INB], kind: 'dutch term' },
    { q: 'Huis van het Nederlands', top3: [NL], kind: 'dutch term' },
  ],
};
