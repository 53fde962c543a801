import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, PartialType } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import {
  AssignmentListView, AssignmentView, CallRecordedView, CancelFollowUpDto, CreateAssignmentDto, CreateStudentDto, FeedbackSessionDto, FeedbackSessionView, FollowUpSettingsDto, FollowUpSettingsView,
  FollowUpListView, FollowUpView, RecordCallDto, StudentListView, StudentView, UpdateAssignmentDto, WorklistQuery, WorklistView,
} from './follow-up.dto';
import { FollowUpService } from './follow-up.service';
import { StudentsService } from './students.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const COORDINATION = ['administrator', 'coordinator'] as const;
const CALLERS = ['administrator', 'coordinator', 'adviser'] as const;

class UpdateStudentDto extends PartialType(CreateStudentDto) {}

@ApiTags('journey')
@Controller('journey')
export class FollowUpController {
  constructor(
    private readonly followUp: FollowUpService,
    private readonly students: StudentsService,
  ) {}

  @Get('follow-up/settings')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The partner's follow-up period: weeks after a group closes until its calls are due" })
  @ApiOkResponse({ type: FollowUpSettingsView })
  settings() {
    return this.followUp.settings();
  }

  @Put('follow-up/settings')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Set the follow-up period (0 to 52 weeks); it applies to groups closed afterwards' })
  @ApiOkResponse({ type: FollowUpSettingsView })
  setSettings(@Body() body: FollowUpSettingsDto) {
    return this.followUp.setSettings(body.weeks);
  }

  @Get('follow-ups')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The coordinator's worklist: overdue, due and planned calls (or done ones), with whom to call" })
  @ApiOkResponse({ type: WorklistView })
  worklist(@Query() q: WorklistQuery) {
    return this.followUp.worklist(q.state);
  }

  @Get('organisations/:id/follow-ups')
  @Roles(...STAFF)
  @ApiOperation({ summary: "One company's follow-up calls at this partner, newest first" })
  @ApiOkResponse({ type: FollowUpListView })
  async ofOrganisation(@Param('id') id: string) {
    await this.students.assertSees(id);
    return { items: await this.followUp.ofOrganisation(id) };
  }

  @Post('follow-ups/:id/call')
  @Roles(...CALLERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the call: what became of the plans, the help needed, and the next contact (a new task)' })
  @ApiOkResponse({ type: CallRecordedView })
  recordCall(@Param('id') id: string, @Body() body: RecordCallDto) {
    return this.followUp.recordCall(id, body);
  }

  @Post('follow-ups/:id/cancel')
  @Roles(...CALLERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an open follow-up (the company stopped, moved ...), with the reason' })
  @ApiOkResponse({ type: FollowUpView })
  cancel(@Param('id') id: string, @Body() body: CancelFollowUpDto) {
    return this.followUp.cancel(id, body);
  }

  @Post('groups/:id/feedback-session')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Plan the track's plenary feedback session (also after closing) and invite every participant by mail" })
  @ApiCreatedResponse({ type: FeedbackSessionView })
  feedbackSession(@Param('id') id: string, @Body() body: FeedbackSessionDto) {
    return this.followUp.planFeedbackSession(id, body);
  }

  @Get('students')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Students of schools and universities with their tasks at companies' })
  @ApiOkResponse({ type: StudentListView })
  async listStudents() {
    return { items: await this.students.list() };
  }

  @Post('students')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Register a student: school, study programme and period' })
  @ApiCreatedResponse({ type: StudentView })
  createStudent(@Body() body: CreateStudentDto) {
    return this.students.create(body);
  }

  @Patch('students/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a student's details or period" })
  @ApiOkResponse({ type: StudentView })
  updateStudent(@Param('id') id: string, @Body() body: UpdateStudentDto) {
    return this.students.update(id, body);
  }

  @Post('students/:id/assignments')
  @Roles(...CALLERS)
  @ApiOperation({ summary: 'Link a student to a company for an implementation task' })
  @ApiCreatedResponse({ type: AssignmentView })
  assign(@Param('id') id: string, @Body() body: CreateAssignmentDto) {
    return this.students.assign(id, body);
  }

  @Patch('student-assignments/:id')
  @Roles(...CALLERS)
  @ApiOperation({ summary: "Record a student task's status and result (a result is required once done)" })
  @ApiOkResponse({ type: AssignmentView })
  updateAssignment(@Param('id') id: string, @Body() body: UpdateAssignmentDto) {
    return this.students.updateAssignment(id, body);
  }

  @Get('organisations/:id/student-assignments')
  @ApiOperation({ summary: "A company's student tasks at this partner; the company sees its own" })
  @ApiOkResponse({ type: AssignmentListView })
  async assignmentsOf(@Param('id') id: string) {
    // A partner that does not see the organisation (or another company): not found rather than an empty list.
    await this.students.assertSees(id);
    return { items: await this.students.ofOrganisation(id) };
  }
}
