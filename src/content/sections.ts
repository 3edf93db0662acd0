// The four parts of the site, by their Dutch slug. Their names are interface strings
// (sections.<slug>.title / .summary in locales/<lang>/common.json).
export const SECTIONS = ['pakket', 'getuigenissen', 'film', 'verkiezingen'] as const;
export type Section = (typeof SECTIONS)[number];
