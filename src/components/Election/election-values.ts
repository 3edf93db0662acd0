// The election facts as text in one language, for <Election fact="…" /> in leaflets and for
// {{…}} in the checker's strings: dates and numbers from the data, and the sentence on
// whether voting is compulsory in each region, from locales/<lang>/elections.json.
import { useTranslations } from '../../i18n/translate';
import { electionFacts, type Elections } from '../../model/elections';

export const DUTY_FACTS = ['dutyFlanders', 'dutyBrussels'] as const;

export function electionValues(elections: Elections, lang: string): Record<string, string> {
  const t = useTranslations(lang);
  const { compulsory } = elections.next;
  return {
    ...electionFacts(elections, lang),
    dutyFlanders: t(`elections.duty.flanders.${compulsory.flanders ? 'yes' : 'no'}`),
    dutyBrussels: t(`elections.duty.brussels.${compulsory.brussels ? 'yes' : 'no'}`),
  };
}
