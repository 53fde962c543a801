import { deepFreeze } from '../deep-freeze';

/**
 * The evaluation survey a participant gets after every track (any step).
 * PUBLISHED: never edit a questionnaire in place (its hash is pinned by the
 * spec); changes go into a new version with a new id, so stored answers and
 * the evaluation figures keep naming the wording they were given.
 */
export const EVALUATION_QUESTIONNAIRE_ID = 'evaluation.questionnaire.v1';

/** What the platform measured itself for an item, beside what participants report. */
export type MeasuredBy =
  /** The electricity contract of the footprint baseline is green (green-nl or green-eu). */
  | 'footprint.green-electricity'
  /** At least one action-plan item of that measure theme is marked done. */
  | 'action-plan.done:energy'
  | 'action-plan.done:mobility'
  | 'action-plan.done:waste';

export interface QuestionnaireItem {
  /** Stable key, also used in stored answers. */
  key: string;
  /** The statement the participant agrees or disagrees with. */
  text: { nl: string; en: string };
  /** The Friesland figure this item reproduces (evaluation by the Province of Friesland). */
  friesland?: { sharePercent: number; wording: string };
  measuredBy?: MeasuredBy;
}

export interface Questionnaire {
  id: string;
  version: number;
  title: { nl: string; en: string };
  published: string;
  source: string;
  /** Agree/disagree on five points; `agreeFrom` and up count as agreeing. */
  scale: { min: 1; max: 5; agreeFrom: 4; labels: { value: number; nl: string; en: string }[] };
  items: QuestionnaireItem[];
}

const FRIESLAND = 'Evaluatie Koploperproject door de Provincie Friesland (enquête onder deelnemers), zoals geciteerd in het projectplan MVO-Alliantie Noord-Nederland';

export const EVALUATION_QUESTIONNAIRE_V1: Questionnaire = deepFreeze({
  id: EVALUATION_QUESTIONNAIRE_ID,
  version: 1,
  title: { nl: 'Evaluatie van het traject', en: 'Evaluation of the track' },
  published: '2026-12',
  source: FRIESLAND,
  scale: {
    min: 1, max: 5, agreeFrom: 4,
    labels: [
      { value: 1, nl: 'Helemaal oneens', en: 'Strongly disagree' },
      { value: 2, nl: 'Oneens', en: 'Disagree' },
      { value: 3, nl: 'Neutraal', en: 'Neutral' },
      { value: 4, nl: 'Eens', en: 'Agree' },
      { value: 5, nl: 'Helemaal eens', en: 'Strongly agree' },
    ],
  },
  items: [
    { key: 'good-instrument', text: { nl: 'Het traject is een goed instrument om het mkb te helpen', en: 'The track is a good instrument to help small and medium-sized businesses' }, friesland: { sharePercent: 83, wording: '83% vindt het KP een goed instrument om het MKB te helpen' } },
    { key: 'thinks-more-about-sustainability', text: { nl: 'Ik denk door het traject meer na over duurzaamheid', en: 'Because of the track I think more about sustainability' }, friesland: { sharePercent: 95, wording: '95% denkt door KP meer na over duurzaamheid' } },
    { key: 'energy-saving-measures', text: { nl: 'Ik ga door het traject energiebesparende maatregelen treffen', en: 'Because of the track I will take energy-saving measures' }, friesland: { sharePercent: 72, wording: '72% gaat door KP energiebesparingsmaatregelen treffen' }, measuredBy: 'action-plan.done:energy' },
    { key: 'renewable-generation', text: { nl: 'Ik wek door het traject duurzame energie op of ga dat doen', en: 'Because of the track I generate renewable energy or will do so' }, friesland: { sharePercent: 44, wording: '44% heeft/gaat door KP duurzame energie opwekken' } },
    { key: 'green-electricity', text: { nl: 'Ik ben door het traject overgestapt op groene stroom', en: 'Because of the track I switched to green electricity' }, friesland: { sharePercent: 28, wording: '28% is door KP overgestapt op groene stroom' }, measuredBy: 'footprint.green-electricity' },
    { key: 'transport-fuel', text: { nl: 'Ik heb door het traject bespaard op transportbrandstoffen', en: 'Because of the track I saved on transport fuels' }, friesland: { sharePercent: 60, wording: '60% heeft door KP besparingen getroffen op transportbrandstoffen' }, measuredBy: 'action-plan.done:mobility' },
    { key: 'waste-and-resources', text: { nl: 'Ik heb door het traject maatregelen genomen voor afvalreductie en grondstoffenbeheer', en: 'Because of the track I took measures to reduce waste and manage resources' }, friesland: { sharePercent: 40, wording: '40% heeft door KP maatregelen getroffen op afvalreductie en grondstoffenbeheer' }, measuredBy: 'action-plan.done:waste' },
    { key: 'fairtrade', text: { nl: 'Ik gebruik door het traject meer Fairtrade-producten', en: 'Because of the track I use more Fairtrade products' }, friesland: { sharePercent: 23, wording: '23% is door KP meer Fairtrade producten gaan gebruiken' } },
    { key: 'turnover-increase', text: { nl: 'Mijn omzet is door het traject toegenomen', en: 'My turnover increased because of the track' }, friesland: { sharePercent: 21, wording: '21% geeft omzettoename door KP aan' } },
    { key: 'cost-saving-measures', text: { nl: 'Ik heb door het traject kostenbesparende maatregelen genomen', en: 'Because of the track I took cost-saving measures' }, friesland: { sharePercent: 72, wording: '72% heeft door KP kostenbesparende maatregelen genomen' } },
    { key: 'cooperation', text: { nl: 'Ik ga door het traject meer samenwerken met andere bedrijven', en: 'Because of the track I will cooperate more with other businesses' }, friesland: { sharePercent: 49, wording: '49% gaat door KP meer samenwerken met andere bedrijven' } },
    { key: 'innovation', text: { nl: 'Ik heb door het traject nieuwe innovatieve producten of diensten ontwikkeld of ga dat doen', en: 'Because of the track I developed or will develop new innovative products or services' }, friesland: { sharePercent: 31, wording: '31% heeft (of zal) door KP nieuwe innovatieve producten/diensten ontwikkeld' } },
  ],
});

/** All published questionnaires by id (a new version is one more line). */
export const evaluationQuestionnaires: readonly Questionnaire[] = Object.freeze([EVALUATION_QUESTIONNAIRE_V1]);
export const CURRENT_EVALUATION_QUESTIONNAIRE = EVALUATION_QUESTIONNAIRE_V1;
