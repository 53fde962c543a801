import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * The evaluation survey (docs/evaluation.md): the public page by a mailed
 * link's token (no account), the partner's own questions and the figures.
 */

export type PublicSurvey = Schemas['PublicSurveyView'];
export type SurveyAnswer = Schemas['SurveyAnswerDto'];
export type AnswerReceipt = Schemas['AnswerReceiptView'];
export type PartnerQuestion = Schemas['PartnerQuestionView'];
export type EvaluationFigures = Schemas['EvaluationFiguresView'];

@Injectable({ providedIn: 'root' })
export class EvaluationApi {
  private readonly api = inject(ApiClient);

  survey(token: string) {
    return this.api.call<PublicSurvey>('GET', `/api/public/evaluation/${encodeURIComponent(token)}`);
  }
  answer(token: string, answers: SurveyAnswer[]) {
    return this.api.call<AnswerReceipt>('POST', `/api/public/evaluation/${encodeURIComponent(token)}`, { answers });
  }
  questions() {
    return this.api.call<Schemas['PartnerQuestionListView']>('GET', '/api/evaluation/questions');
  }
  runFigures() {
    return this.api.call<EvaluationFigures>('POST', '/api/evaluation/figures');
  }
  figures(id: string) {
    return this.api.call<EvaluationFigures>('GET', `/api/evaluation/figures/${id}`);
  }
}
