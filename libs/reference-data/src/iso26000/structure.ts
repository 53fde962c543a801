import { deepFreeze } from '../deep-freeze';

export interface Iso26000Text {
  nl: string;
  en: string;
}

export interface Iso26000Issue {
  /** Stable id `<core subject>.<issue>`; stored in answers, never renamed. */
  id: string;
  /** Clause of ISO 26000:2010 that describes the issue. */
  clause: string;
  name: Iso26000Text;
}

export interface Iso26000CoreSubject {
  id: string;
  clause: string;
  name: Iso26000Text;
  issues: readonly Iso26000Issue[];
}

export const ISO26000_STRUCTURE_ID = 'iso26000.structure';

type IssueRow = [id: string, clause: string, nl: string, en: string];
function subject(id: string, clause: string, nl: string, en: string, issues: IssueRow[]): Iso26000CoreSubject {
  return { id, clause, name: { nl, en }, issues: issues.map(([i, c, inl, ien]) => ({ id: `${id}.${i}`, clause: c, name: { nl: inl, en: ien } })) };
}

/** The seven core subjects and 37 issues of ISO 26000:2010 clause 6 (Dutch names after NEN-ISO 26000). */
export const ISO26000_CORE_SUBJECTS: readonly Iso26000CoreSubject[] = deepFreeze([
  subject('governance', '6.2', 'Behoorlijk bestuur', 'Organizational governance', [
    ['decision-making', '6.2.3', 'Besluitvormingsprocessen en -structuren', 'Decision-making processes and structures'],
  ]),
  subject('human-rights', '6.3', 'Mensenrechten', 'Human rights', [
    ['due-diligence', '6.3.3', 'Gepaste zorgvuldigheid (due diligence)', 'Due diligence'],
    ['risk-situations', '6.3.4', 'Risicosituaties voor mensenrechten', 'Human rights risk situations'],
    ['avoidance-of-complicity', '6.3.5', 'Vermijden van medeplichtigheid', 'Avoidance of complicity'],
    ['resolving-grievances', '6.3.6', 'Oplossen van klachten', 'Resolving grievances'],
    ['discrimination-vulnerable-groups', '6.3.7', 'Discriminatie en kwetsbare groepen', 'Discrimination and vulnerable groups'],
    ['civil-political-rights', '6.3.8', 'Burgerrechten en politieke rechten', 'Civil and political rights'],
    ['economic-social-cultural-rights', '6.3.9', 'Economische, sociale en culturele rechten', 'Economic, social and cultural rights'],
    ['fundamental-rights-at-work', '6.3.10', 'Fundamentele principes en rechten op het werk', 'Fundamental principles and rights at work'],
  ]),
  subject('labour-practices', '6.4', 'Arbeidspraktijken', 'Labour practices', [
    ['employment-relationships', '6.4.3', 'Werkgelegenheid en arbeidsverhoudingen', 'Employment and employment relationships'],
    ['conditions-social-protection', '6.4.4', 'Arbeidsomstandigheden en sociale bescherming', 'Conditions of work and social protection'],
    ['social-dialogue', '6.4.5', 'Sociale dialoog', 'Social dialogue'],
    ['health-safety', '6.4.6', 'Gezondheid en veiligheid op het werk', 'Health and safety at work'],
    ['development-training', '6.4.7', 'Menselijke ontwikkeling en opleiding op de werkplek', 'Human development and training in the workplace'],
  ]),
  subject('environment', '6.5', 'Het milieu', 'The environment', [
    ['pollution-prevention', '6.5.3', 'Preventie van vervuiling', 'Prevention of pollution'],
    ['sustainable-resource-use', '6.5.4', 'Duurzaam gebruik van hulpbronnen', 'Sustainable resource use'],
    ['climate-change', '6.5.5', 'Mitigatie van en aanpassing aan klimaatverandering', 'Climate change mitigation and adaptation'],
    ['biodiversity-habitats', '6.5.6', 'Bescherming van het milieu, biodiversiteit en herstel van natuurlijke habitats', 'Protection of the environment, biodiversity and restoration of natural habitats'],
  ]),
  subject('fair-operating-practices', '6.6', 'Eerlijk zakendoen', 'Fair operating practices', [
    ['anti-corruption', '6.6.3', 'Anticorruptie', 'Anti-corruption'],
    ['political-involvement', '6.6.4', 'Verantwoorde politieke betrokkenheid', 'Responsible political involvement'],
    ['fair-competition', '6.6.5', 'Eerlijke concurrentie', 'Fair competition'],
    ['value-chain', '6.6.6', 'Bevorderen van maatschappelijke verantwoordelijkheid in de waardeketen', 'Promoting social responsibility in the value chain'],
    ['property-rights', '6.6.7', 'Respect voor eigendomsrechten', 'Respect for property rights'],
  ]),
  subject('consumer-issues', '6.7', 'Consumentenaangelegenheden', 'Consumer issues', [
    ['fair-marketing', '6.7.3', 'Eerlijke marketing, feitelijke en onpartijdige informatie en eerlijke contractuele praktijken', 'Fair marketing, factual and unbiased information and fair contractual practices'],
    ['health-safety', '6.7.4', 'Bescherming van de gezondheid en veiligheid van consumenten', "Protecting consumers' health and safety"],
    ['sustainable-consumption', '6.7.5', 'Duurzame consumptie', 'Sustainable consumption'],
    ['service-complaints', '6.7.6', 'Klantenservice, ondersteuning en afhandeling van klachten en geschillen', 'Consumer service, support, and complaint and dispute resolution'],
    ['data-privacy', '6.7.7', 'Bescherming van consumentengegevens en privacy', 'Consumer data protection and privacy'],
    ['essential-services', '6.7.8', 'Toegang tot essentiële diensten', 'Access to essential services'],
    ['education-awareness', '6.7.9', 'Voorlichting en bewustwording', 'Education and awareness'],
  ]),
  subject('community', '6.8', 'Betrokkenheid bij en ontwikkeling van de gemeenschap', 'Community involvement and development', [
    ['involvement', '6.8.3', 'Betrokkenheid bij de gemeenschap', 'Community involvement'],
    ['education-culture', '6.8.4', 'Onderwijs en cultuur', 'Education and culture'],
    ['employment-skills', '6.8.5', 'Werkgelegenheid creëren en ontwikkeling van vaardigheden', 'Employment creation and skills development'],
    ['technology-access', '6.8.6', 'Ontwikkeling van en toegang tot technologie', 'Technology development and access'],
    ['wealth-income', '6.8.7', 'Creëren van welvaart en inkomen', 'Wealth and income creation'],
    ['health', '6.8.8', 'Gezondheid', 'Health'],
    ['social-investment', '6.8.9', 'Maatschappelijke investeringen', 'Social investment'],
  ]),
]);

export interface Iso26000Structure {
  coreSubjects: readonly Iso26000CoreSubject[];
}

export const ISO26000_STRUCTURE: Iso26000Structure = deepFreeze({ coreSubjects: ISO26000_CORE_SUBJECTS });

/** Every issue id, in structure order. */
export const ISO26000_ISSUE_IDS: readonly string[] = Object.freeze(ISO26000_CORE_SUBJECTS.flatMap((s) => s.issues.map((i) => i.id)));
