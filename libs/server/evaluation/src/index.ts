export * from './evaluation.module';
export { SurveyService, surveyJobIds, SURVEY_VALID_DAYS, DEFAULT_REMIND_AFTER_DAYS } from './survey.service';
export { FiguresService } from './figures.service';
