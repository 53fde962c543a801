import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '@koers/server-auth';
import { EnqueuesJobs } from '@koers/server-queue';
import {
  EducationAmbassadorDto, EducationConsentDto, EducationConsentPageView, EducationCreatedInternshipView, EducationFollowUpDto, EducationInternshipDto,
  EducationRegisteredListView, EducationRegisterStudentsDto, EducationScanDto, EducationStudentLinkView, EducationStudentListView, EducationStudentPageView, EducationStudentView,
} from './education.dto';
import { EducationService } from './education.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const COORDINATION = ['administrator', 'coordinator'] as const;

/** The school's staff: its students, their internship companies and their nomination as junior MVO ambassador. */
@ApiTags('education')
@Controller('education')
export class EducationController {
  constructor(private readonly education: EducationService) {}

  @Get('students')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The school's students with their internships, scans and nomination, and the school's figures" })
  @ApiOkResponse({ type: EducationStudentListView })
  list() {
    return this.education.students();
  }

  @Post('students')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Register one student or a class; each gets a personal link (shown once) to its scans' })
  @ApiCreatedResponse({ type: EducationRegisteredListView })
  register(@Body() body: EducationRegisterStudentsDto) {
    return this.education.register(body);
  }

  @Get('students/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A student with its internships, scans, follow-up and nomination' })
  @ApiOkResponse({ type: EducationStudentView })
  get(@Param('id') id: string) {
    return this.education.student(id);
  }

  @Post('students/:id/link')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "A new personal link for the student (the old one stops working)" })
  @ApiCreatedResponse({ type: EducationStudentLinkView })
  renewLink(@Param('id') id: string) {
    return this.education.renewLink(id);
  }

  @Post('students/:id/internships')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Register the student's internship company; its contact gets a consent link (shown once)" })
  @ApiCreatedResponse({ type: EducationCreatedInternshipView })
  addInternship(@Param('id') id: string, @Body() body: EducationInternshipDto) {
    return this.education.addInternship(id, body);
  }

  @Post('students/:id/ambassador')
  @HttpCode(200)
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Name the student junior MVO ambassador: after a consented, complete scan discussed with the company (else 409 saying what is missing)' })
  @ApiOkResponse({ type: EducationStudentView })
  ambassador(@Param('id') id: string, @Body() body: EducationAmbassadorDto) {
    return this.education.nameAmbassador(id, body);
  }
}

/** The student's and the company's pages: no account, by the personal link's token. */
@ApiTags('education')
@Controller('public/education')
export class PublicEducationController {
  constructor(private readonly education: EducationService) {}

  @Public()
  @Get('student/:token')
  @ApiOperation({ summary: "The student's own page: its internships, scans and nomination; 404 for an unknown link" })
  @ApiOkResponse({ type: EducationStudentPageView })
  student(@Param('token') token: string) {
    return this.education.studentPage(token);
  }

  @Public()
  @Put('student/:token/internships/:id/scan')
  @EnqueuesJobs()
  @ApiOperation({ summary: 'Hand in (or correct) the ISO 26000 quick scan at the internship company; the worker computes it with iso26000.scan. 409 without the company\'s consent' })
  @ApiOkResponse({ type: EducationStudentView })
  scan(@Param('token') token: string, @Param('id') id: string, @Body() body: EducationScanDto) {
    return this.education.submitScan(token, id, body);
  }

  @Public()
  @Put('student/:token/internships/:id/follow-up')
  @ApiOperation({ summary: 'Record the talk with the company about the result and its next step; 409 before the scan' })
  @ApiOkResponse({ type: EducationStudentView })
  followUp(@Param('token') token: string, @Param('id') id: string, @Body() body: EducationFollowUpDto) {
    return this.education.recordFollowUp(token, id, body);
  }

  @Public()
  @Get('consent/:token')
  @ApiOperation({ summary: "The internship company's page: what it is asked to consent to, and later its scan; 404 for an unknown link" })
  @ApiOkResponse({ type: EducationConsentPageView })
  consent(@Param('token') token: string) {
    return this.education.consentPage(token);
  }

  @Public()
  @Post('consent/:token')
  @HttpCode(200)
  @ApiOperation({ summary: 'The company gives or declines consent, once; given, it enters the journey through the education line (409 when decided already)' })
  @ApiOkResponse({ type: EducationConsentPageView })
  decide(@Param('token') token: string, @Body() body: EducationConsentDto) {
    return this.education.decideConsent(token, body);
  }
}
