// The steps of "your path", in order; each is the interface string path.<step>.
export const PACK_PATH_STEPS = ['visa', 'municipality', 'welcome', 'orientation', 'dutch', 'career', 'attest'] as const;
