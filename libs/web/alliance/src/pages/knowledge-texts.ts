import { computed, inject } from '@angular/core';
import { LanguageService } from '@koers/web-ui';

/**
 * The texts of the knowledge space, the showcase and the join application,
 * Dutch first and English second, in the way of the public survey page: the
 * public pages run outside the alliance's Transloco scope.
 */
export const KNOWLEDGE_TEXTS = {
  knowledgeTitle: { nl: 'Kennisruimte', en: 'Knowledge space' },
  knowledgeIntro: { nl: 'Documenten en materiaal van bijeenkomsten en masterclasses, gedeeld door de leden van dit platform.', en: 'Documents and materials of meetings and masterclasses, shared by the members of this platform.' },
  notMember: { nl: 'Alleen de leden van dit platform en het secretariaat zien de kennisruimte en de voorbeeldprojecten.', en: 'Only the members of this platform and the secretariat see the knowledge space and the example projects.' },
  search: { nl: 'Zoeken', en: 'Search' },
  kind: { nl: 'Soort', en: 'Kind' },
  allKinds: { nl: 'Alle soorten', en: 'All kinds' },
  tags: { nl: 'Labels', en: 'Tags' },
  allTags: { nl: 'Alle labels', en: 'All tags' },
  shown: { nl: '{n} van {total} items', en: '{n} of {total} items' },
  none: { nl: 'Geen items gevonden.', en: 'No items found.' },
  by: { nl: 'door', en: 'by' },
  open: { nl: 'Openen', en: 'Open' },
  download: { nl: 'Document downloaden', en: 'Download the document' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  share: { nl: 'Iets delen', en: 'Share something' },
  title: { nl: 'Titel', en: 'Title' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  url: { nl: 'Link (https://...)', en: 'Link (https://...)' },
  tagsField: { nl: 'Labels, met komma\'s (bijv. energie, bouw)', en: 'Tags, with commas (e.g. energy, building)' },
  file: { nl: 'Document (pdf, afbeelding of Office; hoogstens 10 MB)', en: 'Document (pdf, image or Office; at most 10 MB)' },
  shareButton: { nl: 'Delen', en: 'Share' },
  shared: { nl: 'Gedeeld met de leden van het platform.', en: 'Shared with the members of the platform.' },
  error: { nl: 'Dit lukte niet; probeer het later opnieuw.', en: 'That did not work; please try again later.' },
  showcaseTitle: { nl: 'Voorbeeldprojecten', en: 'Example projects' },
  showcaseIntro: {
    nl: 'Wat deelnemende bedrijven deden en wat het opleverde. Openbaar op de voorbeeldenpagina alleen als het bedrijf daar toestemming voor gaf (onderdeel "Voorbeeldproject openbaar tonen").',
    en: 'What participating companies did and what it achieved. Public on the examples page only when the company consented (part "Show the example project publicly").',
  },
  isPublic: { nl: 'Openbaar', en: 'Public' },
  notPublic: { nl: 'Niet openbaar: geen toestemming', en: 'Not public: no consent' },
  company: { nl: 'Bedrijf', en: 'Company' },
  chooseCompany: { nl: 'Kies een bedrijf', en: 'Choose a company' },
  measure: { nl: 'Wat deed het bedrijf?', en: 'What did the company do?' },
  effect: { nl: 'Gemeten effect', en: 'Measured effect' },
  figureLabel: { nl: 'Getal: onderwerp', en: 'Figure: subject' },
  figureValue: { nl: 'Waarde', en: 'Value' },
  figureUnit: { nl: 'Eenheid', en: 'Unit' },
  figureSource: { nl: 'Bron van het getal', en: 'Source of the figure' },
  figureBad: { nl: 'Schrijf het getal als 12,5 of 1.250', en: 'Write the number like 12.5 or 1,250' },
  source: { nl: 'Bron', en: 'Source' },
  contactName: { nl: 'Contactpersoon', en: 'Contact person' },
  contactEmail: { nl: 'E-mail contactpersoon', en: "Contact person's e-mail" },
  contact: { nl: 'Contact', en: 'Contact' },
  addShowcase: { nl: 'Voorbeeldproject toevoegen', en: 'Add an example project' },
  showcaseAdded: { nl: 'Het voorbeeldproject is toegevoegd.', en: 'The example project has been added.' },
  noShowcases: { nl: 'Nog geen voorbeeldprojecten.', en: 'No example projects yet.' },
  // The public showcase page
  publicTitle: { nl: 'Voorbeelden van duurzaam ondernemen', en: 'Examples of sustainable business' },
  publicIntro: {
    nl: 'Bedrijven in de MVO-platforms van de alliantie laten zien wat zij deden en wat het opleverde. Elk voorbeeld staat hier met toestemming van het bedrijf; elk getal noemt zijn bron.',
    en: 'Companies in the alliance\'s CSR platforms show what they did and what it achieved. Each example is here with the company\'s consent; each figure names its source.',
  },
  publicNone: { nl: 'Er staan nog geen voorbeelden op deze pagina.', en: 'There are no examples on this page yet.' },
  keptBy: { nl: 'Bijgehouden door {name}', en: 'Kept by {name}' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  unavailable: { nl: 'Deze pagina is nu niet bereikbaar; probeer het later opnieuw.', en: 'This page cannot be reached now; please try again later.' },
  joinLink: { nl: 'Wilt u ook meedoen? Meld uw organisatie aan als partner.', en: 'Want to join too? Apply for your organisation to become a partner.' },
  showcaseLink: { nl: 'Bekijk de voorbeelden van deelnemende bedrijven.', en: 'See the examples of participating companies.' },
  // The public join form
  joinTitle: { nl: 'Partner worden van de MVO-Alliantie', en: 'Become a partner of the CSR alliance' },
  joinIntro: {
    nl: 'Organisaties en bedrijven die de ambities van de alliantie delen, kunnen zich aanmelden als partner. Het secretariaat bekijkt uw aanmelding en mailt u de uitkomst.',
    en: 'Organisations and companies that share the alliance\'s ambitions can apply to become a partner. The secretariat reviews your application and mails you the outcome.',
  },
  organisationName: { nl: 'Naam van de organisatie', en: "Organisation's name" },
  partnerKind: { nl: 'Soort organisatie', en: 'Kind of organisation' },
  chooseKind: { nl: 'Kies de soort', en: 'Choose the kind' },
  website: { nl: 'Website (optioneel)', en: 'Website (optional)' },
  yourName: { nl: 'Uw naam', en: 'Your name' },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  phone: { nl: 'Telefoon (optioneel)', en: 'Phone (optional)' },
  motivation: { nl: 'Waarom wilt u meedoen, en wat wilt u bijdragen?', en: 'Why do you want to join, and what would you contribute?' },
  platform: { nl: 'MVO-platform waaraan u wilt deelnemen (optioneel)', en: 'CSR platform you want to take part in (optional)' },
  noPlatform: { nl: 'Geen voorkeur', en: 'No preference' },
  send: { nl: 'Aanmelding versturen', en: 'Send application' },
  fixFields: { nl: 'Verbeter de velden hierboven.', en: 'Correct the fields above.' },
  // The secretariat's list
  applicationsTitle: { nl: 'Aanmeldingen als partner', en: 'Applications to become a partner' },
  applicationsIntro: { nl: 'Organisaties die zich via de openbare pagina aanmeldden. Het secretariaat neemt ze aan of wijst ze af met een reden; de aanvrager krijgt de uitkomst per e-mail.', en: 'Organisations that applied through the public page. The secretariat accepts or declines them with a reason; the applicant gets the outcome by e-mail.' },
  notSecretariat: { nl: 'Alleen de beheerder van het secretariaat van de alliantie behandelt aanmeldingen.', en: 'Only the administrator of the alliance secretariat handles applications.' },
  noApplications: { nl: 'Geen aanmeldingen.', en: 'No applications.' },
  applied: { nl: 'Aangemeld', en: 'Applied' },
  status: { nl: 'Stand', en: 'Status' },
  accept: { nl: 'Aannemen', en: 'Accept' },
  decline: { nl: 'Afwijzen', en: 'Decline' },
  reason: { nl: 'Reden van afwijzen (gaat naar de aanvrager)', en: 'Reason for declining (sent to the applicant)' },
  note: { nl: 'Welkomstwoord (optioneel, gaat naar de aanvrager)', en: 'Welcome note (optional, sent to the applicant)' },
  accepted: { nl: '{name} is aangenomen; de aanvrager krijgt een e-mail.', en: '{name} has been accepted; the applicant gets an e-mail.' },
  declined: { nl: '{name} is afgewezen; de aanvrager krijgt een e-mail met de reden.', en: '{name} has been declined; the applicant gets an e-mail with the reason.' },
  mailed: { nl: 'Gemaild', en: 'Mailed' },
  applicationsLink: { nl: 'Aanmeldingen als partner', en: 'Applications to become a partner' },
  back: { nl: 'Terug naar het overzicht', en: 'Back to the overview' },
  platformChosen: { nl: 'MVO-platform', en: 'CSR platform' },
  kindRequired: { nl: 'Kies de soort organisatie uit de lijst', en: 'Choose the kind of organisation from the list' },
} as const;

export type KnowledgeTextKey = keyof typeof KNOWLEDGE_TEXTS;

/** `t('shown', { n: 2, total: 5 })` in the reader's language. */
export function knowledgeTexts() {
  const language = inject(LanguageService);
  const lang = computed(() => language.current());
  const t = (key: KnowledgeTextKey, params: Record<string, string | number> = {}) =>
    Object.entries(params).reduce<string>((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), KNOWLEDGE_TEXTS[key][lang()]);
  return { lang, t };
}
