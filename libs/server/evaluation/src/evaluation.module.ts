import { Module } from '@nestjs/common';
import { MailService } from '@koers/server-auth';
import { ProgrammeModule } from '@koers/server-programme';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { EvaluationController, PublicSurveyController } from './evaluation.controller';
import { EvaluationHandlers } from './evaluation.handlers';
import { FiguresService } from './figures.service';
import { SurveyService } from './survey.service';

/** API side: the survey after every closed group (invitations in the closing's transaction), the public survey page, the figures, the dashboard and its exports. */
@Module({
  imports: [ProgrammeModule],
  controllers: [EvaluationController, PublicSurveyController, DashboardController],
  providers: [SurveyService, FiguresService, DashboardService],
  exports: [SurveyService, FiguresService],
})
export class EvaluationModule {}

/** Worker side: survey mails and reminders, evaluation runs. */
@Module({ providers: [MailService, EvaluationHandlers] })
export class EvaluationWorkerModule {}
