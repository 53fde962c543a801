import { COMPANY_VISIT_AGENDA } from '@koers/domain';
import type { TextShape } from '@koers/web-programme';

/** The talk at the company's premises on a participant's track (`koploper.visit.*`). */
const nl = {
  title: 'Gesprek op locatie',
  intro: 'De adviseur bespreekt de uitkomsten van de nulmeting met de deelnemer, op locatie bij het bedrijf.',
  ownIntro: 'Uw adviseur bespreekt de uitkomsten van de nulmeting met u, op locatie bij uw bedrijf.',
  none: 'Nog geen gesprek op locatie gepland.',
  plan: 'Gesprek plannen',
  planned: 'Het gesprek op locatie is gepland.',
  defaultTitle: 'Gesprek op locatie',
  defaultAgenda: COMPANY_VISIT_AGENDA.nl,
};

const en: TextShape<typeof nl> = {
  title: 'Visit at the company',
  intro: 'The adviser discusses the outcome of the baseline with the participant, at the company.',
  ownIntro: 'Your adviser discusses the outcome of the baseline with you, at your company.',
  none: 'No visit at the company planned yet.',
  plan: 'Plan the visit',
  planned: 'The visit at the company is planned.',
  defaultTitle: 'Visit at the company',
  defaultAgenda: COMPANY_VISIT_AGENDA.en,
};

export const VISIT_TEXTS = { nl, en };
