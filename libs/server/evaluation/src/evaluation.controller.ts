import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '@koers/server-auth';
import { EnqueuesJobs } from '@koers/server-queue';
import { AddQuestionDto, AnswerReceiptView, AnswerSurveyDto, EvaluationFiguresView, PartnerQuestionListView, PartnerQuestionView, PublicSurveyView } from './evaluation.dto';
import { FiguresService } from './figures.service';
import { SurveyService } from './survey.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const COORDINATION = ['administrator', 'coordinator'] as const;
const FIGURES = ['administrator', 'coordinator', 'analyst'] as const;

/** The partner's own survey questions and the programme's evaluation figures. */
@ApiTags('evaluation')
@Controller('evaluation')
export class EvaluationController {
  constructor(
    private readonly surveys: SurveyService,
    private readonly figures: FiguresService,
  ) {}

  @Get('questions')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The partner's own questions, asked after the core questionnaire in surveys of groups that close from now on" })
  @ApiOkResponse({ type: PartnerQuestionListView })
  async questions(): Promise<PartnerQuestionListView> {
    return { items: await this.surveys.questions() };
  }

  @Post('questions')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Add a question (an agree/disagree statement, Dutch and English) to the partner\'s surveys' })
  @ApiCreatedResponse({ type: PartnerQuestionView })
  addQuestion(@Body() body: AddQuestionDto) {
    return this.surveys.addQuestion(body);
  }

  @Delete('questions/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Retire a question: not asked in surveys of groups that close later; sent surveys keep it' })
  @ApiOkResponse({ type: PartnerQuestionView })
  retireQuestion(@Param('id') id: string) {
    return this.surveys.retireQuestion(id);
  }

  @Post('figures')
  @Roles(...FIGURES)
  @EnqueuesJobs()
  @HttpCode(202)
  @ApiOperation({ summary: "Compute the evaluation figures of the partner's closed groups with evaluation.programme (in the worker); poll GET figures/{id}" })
  @ApiAcceptedResponse({ type: EvaluationFiguresView })
  run() {
    return this.figures.run();
  }

  @Get('figures/:id')
  @Roles(...FIGURES)
  @ApiOperation({ summary: 'An evaluation run: status, the figures, and their source (survey version, plugin version, n)' })
  @ApiOkResponse({ type: EvaluationFiguresView })
  get(@Param('id') id: string) {
    return this.figures.get(id);
  }
}

/** The survey page: no account, by the single-use link's token. */
@ApiTags('evaluation')
@Controller('public/evaluation')
export class PublicSurveyController {
  constructor(private readonly surveys: SurveyService) {}

  @Public()
  @Get(':token')
  @ApiOperation({ summary: 'The survey behind a link: its questions and scale; 404 for an unknown or expired link' })
  @ApiOkResponse({ type: PublicSurveyView })
  survey(@Param('token') token: string) {
    return this.surveys.publicSurvey(token);
  }

  @Public()
  @Post(':token')
  @HttpCode(201)
  @ApiOperation({ summary: 'Answer the survey, once: a second answer is 409' })
  @ApiCreatedResponse({ type: AnswerReceiptView })
  answer(@Param('token') token: string, @Body() body: AnswerSurveyDto) {
    return this.surveys.answer(token, body);
  }
}
