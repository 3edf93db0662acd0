// The print-ready PDFs of the pack: one per part and language, at /downloads/<lang>/<file>.
// scripts/make-pdfs.mjs prints each `source` page with Chromium in the given paper format.
export interface PackPdf {
  part: 'brochure' | 'taalgids' | 'rugzak';
  file: string;
  /** The page that is printed, by slug. */
  source: string;
  format: 'A4' | 'A5';
  /** Interface string of the download link. */
  label: string;
}

export const PACK_PDFS: PackPdf[] = [
  { part: 'brochure', file: 'pakket-brochure.pdf', source: 'pakket/brochure/alles', format: 'A4', label: 'pack.downloadBrochure' },
  { part: 'taalgids', file: 'pakket-taalgids.pdf', source: 'pakket/taalgids', format: 'A5', label: 'pack.downloadTaalgids' },
  { part: 'rugzak', file: 'pakket-rugzak.pdf', source: 'pakket/rugzak', format: 'A4', label: 'pack.downloadRugzak' },
];
