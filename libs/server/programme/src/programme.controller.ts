import { ApiFileUpload } from '@koers/server-files';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/cookie';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { Public, Roles, SESSION_COOKIE, sessionCookieOptions } from '@koers/server-auth';
import { BadInputError } from '@koers/server-db';
import { Enrolments } from './enrolments/enrolments.service';
import { view as enrolmentView } from './enrolments/enrolments.service';
import { Groups } from './groups/groups.service';
import { AcceptInvitationDto, AddEnrolmentDto, AddStaffDto, AttendanceDto, CreateInvitationDto, CreateSessionDto, CreateSessionItemDto, GroupFieldsDto, UpdateEnrolmentDto, UpdateSessionDto, UpdateSessionItemDto } from './inputs';
import { Invitations } from './invitations/invitations.service';
import { Materials } from './materials/materials.service';
import { Sessions } from './sessions/sessions.service';
import { isPickerRole, Staff } from './staff/staff.service';
import { AcceptedInvitationView, EnrolmentView, GroupInvitationView, GroupMaterialListView, GroupView, InvitationPreviewView, SessionItemView, SessionView, StaffListView } from './views';

const COORDINATION = ['administrator', 'coordinator'] as const;

/** The groups of every step: what the core does the same for a Koplopergroep, a masterclass and a chain project. */
@ApiTags('programme')
@Controller('programme')
export class ProgrammeController {
  constructor(
    private readonly groups: Groups,
    private readonly enrolments: Enrolments,
    private readonly staff: Staff,
    private readonly sessions: Sessions,
    private readonly invitations: Invitations,
    private readonly materials: Materials,
  ) {}

  @Get('groups/:id')
  @ApiOperation({ summary: 'A group with its participants, staff, sessions and invitations' })
  @ApiOkResponse({ type: GroupView })
  get(@Param('id') id: string) {
    return this.groups.view(id);
  }

  @Patch('groups/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a group's name, dates or phase plan" })
  @ApiOkResponse({ type: GroupView })
  async update(@Param('id') id: string, @Body() body: GroupFieldsDto) {
    await this.groups.update(id, body);
    return this.groups.view(id);
  }

  @Post('groups/:id/start')
  @Roles(...COORDINATION)
  @HttpCode(200)
  @ApiOperation({ summary: "Start a group (its step's size rule is checked)" })
  @ApiOkResponse({ type: GroupView })
  async start(@Param('id') id: string) {
    await this.groups.start(id);
    return this.groups.view(id);
  }

  @Post('groups/:id/close')
  @Roles(...COORDINATION)
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a group: everyone at the closing phase moves to the final phase' })
  @ApiOkResponse({ type: GroupView })
  async close(@Param('id') id: string) {
    await this.groups.close(id);
    return this.groups.view(id);
  }

  @Post('groups/:id/enrolments')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Enrol a known organisation in a group' })
  @ApiCreatedResponse({ type: EnrolmentView })
  async enrol(@Param('id') id: string, @Body() body: AddEnrolmentDto) {
    return enrolmentView(await this.groups.addEnrolment(id, body.organisationId, body.role));
  }

  @Patch('enrolments/:id')
  @Roles(...COORDINATION, 'adviser')
  @ApiOperation({ summary: "Move a participant to its next phase, or assign its adviser" })
  @ApiOkResponse({ type: EnrolmentView })
  updateEnrolment(@Param('id') id: string, @Body() body: UpdateEnrolmentDto) {
    return this.enrolments.update(id, body);
  }

  @Post('groups/:id/staff')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Add an adviser (a trainee under a mentor), coach, speaker or outside specialist to a group' })
  @ApiCreatedResponse({ type: GroupView })
  async addStaff(@Param('id') id: string, @Body() body: AddStaffDto) {
    await this.staff.add(id, body);
    return this.groups.view(id);
  }

  @Delete('groups/:id/staff/:staffId')
  @Roles(...COORDINATION)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove someone from the staff of a group (by staff id, or user id)' })
  @ApiNoContentResponse({ description: 'Removed' })
  async removeStaff(@Param('id') id: string, @Param('staffId') staffId: string) {
    await this.staff.remove(id, staffId);
  }

  @Get('staff-picker')
  @Roles(...COORDINATION, 'adviser', 'analyst')
  @ApiOperation({ summary: "The partner's users by role, for the adviser, mentor, speaker and jury pickers" })
  @ApiQuery({ name: 'role', required: false, enum: ['administrator', 'coordinator', 'adviser', 'analyst'] })
  @ApiOkResponse({ type: StaffListView })
  picker(@Query('role') role?: string) {
    if (role !== undefined && !isPickerRole(role)) {
      throw new BadInputError('role', { nl: 'Kies administrator, coordinator, adviser of analyst', en: 'Choose administrator, coordinator, adviser or analyst' }, { code: 'staff.picker_role' });
    }
    return this.staff.picker(role);
  }

  @Post('groups/:id/sessions')
  @Roles(...COORDINATION, 'adviser')
  @ApiOperation({ summary: "Plan a session of a group (kind, time, place, agenda), or a talk with one participant (participantId; advisers plan only these)" })
  @ApiCreatedResponse({ type: SessionView })
  createSession(@Param('id') id: string, @Body() body: CreateSessionDto) {
    return this.sessions.create(id, body);
  }

  @Patch('sessions/:id')
  @Roles(...COORDINATION, 'adviser')
  @ApiOperation({ summary: 'Change a session' })
  @ApiOkResponse({ type: SessionView })
  updateSession(@Param('id') id: string, @Body() body: UpdateSessionDto) {
    return this.sessions.update(id, body);
  }

  @Put('sessions/:id/attendance')
  @Roles(...COORDINATION, 'adviser')
  @ApiOperation({ summary: 'Record who came to a session' })
  @ApiOkResponse({ type: SessionView })
  attendance(@Param('id') id: string, @Body() body: AttendanceDto) {
    return this.sessions.recordAttendance(id, body);
  }

  @Post('sessions/:id/items')
  @Roles(...COORDINATION, 'adviser')
  @ApiOperation({ summary: 'Record a decision or an action (who, by when) of a session' })
  @ApiCreatedResponse({ type: SessionItemView })
  addSessionItem(@Param('id') id: string, @Body() body: CreateSessionItemDto) {
    return this.sessions.addItem(id, body);
  }

  @Patch('session-items/:id')
  @Roles(...COORDINATION, 'adviser')
  @ApiOperation({ summary: 'Change a decision or action of a session, or mark an action done' })
  @ApiOkResponse({ type: SessionItemView })
  updateSessionItem(@Param('id') id: string, @Body() body: UpdateSessionItemDto) {
    return this.sessions.updateItem(id, body);
  }

  @Delete('session-items/:id')
  @Roles(...COORDINATION, 'adviser')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a decision or action of a session' })
  @ApiNoContentResponse()
  async removeSessionItem(@Param('id') id: string) {
    await this.sessions.removeItem(id);
  }

  @Get('groups/:id/materials')
  @ApiOperation({ summary: "A group's materials (slides, handouts): its staff and its participants read them" })
  @ApiOkResponse({ type: GroupMaterialListView })
  async listMaterials(@Param('id') id: string) {
    return { items: await this.materials.list(id) };
  }

  /** One file per request: pdf, pptx, docx, xlsx, png, jpeg or mp4, max 20 MB; the content must match the extension. */
  @Post('groups/:id/materials')
  @Roles(...COORDINATION, 'adviser')
  @ApiOperation({ summary: 'Add a material (slides, a handout) to a group' })
  @ApiFileUpload('pdf, pptx, docx, xlsx, png, jpeg or mp4; max 20 MB')
  @ApiCreatedResponse({ type: GroupMaterialListView })
  async addMaterial(@Param('id') id: string, @Req() req: FastifyRequest) {
    return { items: await this.materials.add(id, req) };
  }

  @Delete('groups/:id/materials/:fileId')
  @Roles(...COORDINATION, 'adviser')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove a material from a group" })
  @ApiNoContentResponse({ description: 'Removed' })
  async removeMaterial(@Param('id') id: string, @Param('fileId') fileId: string) {
    await this.materials.remove(id, fileId);
  }

  @Post('groups/:id/invitations')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Invite someone by e-mail to join a group' })
  @ApiCreatedResponse({ type: GroupInvitationView })
  invite(@Param('id') id: string, @Body() body: CreateInvitationDto) {
    return this.invitations.create(id, body);
  }

  @Post('invitations/:id/resend')
  @Roles(...COORDINATION)
  @HttpCode(200)
  @ApiOperation({ summary: 'Send an invitation again with a new link (the old link stops working)' })
  @ApiOkResponse({ type: GroupInvitationView })
  resend(@Param('id') id: string) {
    return this.invitations.resend(id);
  }

  @Delete('invitations/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Withdraw an invitation (its link stops working)' })
  @ApiOkResponse({ type: GroupInvitationView })
  withdraw(@Param('id') id: string) {
    return this.invitations.withdraw(id);
  }
}

/** The invitation page and self-registration: no sign-in needed. */
@ApiTags('programme')
@Controller('public/invitations')
export class PublicInvitationsController {
  constructor(
    private readonly invitations: Invitations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':token')
  @ApiOperation({ summary: 'What an invitation link offers, before signing in' })
  @ApiOkResponse({ type: InvitationPreviewView })
  show(@Param('token') token: string) {
    return this.invitations.show(token);
  }

  /** Accepting signs the invitee in: the answer sets the session cookie. */
  @Public()
  @Post(':token/accept')
  @ApiOperation({ summary: 'Accept an invitation: register (or link) the organisation and the person, and sign in' })
  @ApiCreatedResponse({ type: AcceptedInvitationView, description: 'And the session cookie: the invitee is signed in' })
  async accept(@Param('token') token: string, @Body() body: AcceptInvitationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { token: session, ...result } = await this.invitations.accept(token, body);
    reply.setCookie(SESSION_COOKIE, session, sessionCookieOptions(this.config));
    return result;
  }
}
