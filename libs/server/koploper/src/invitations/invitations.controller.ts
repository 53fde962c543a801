import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InvitationView } from '../dto';
import type { FastifyReply } from 'fastify';
import '@fastify/cookie';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { Public, Roles, SESSION_COOKIE, sessionCookieOptions } from '@koers/server-auth';
import { AcceptInvitationDto, CreateInvitationDto } from './invitations.dto';
import { InvitationsService } from './invitations.service';

class InvitationPreviewView {
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) cohortName!: string;
  @ApiProperty({ example: 'Assen' }) municipality!: string;
  @ApiProperty({ example: 'MVO Alliantie Noord-Nederland' }) partnerName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Set when the invitation names a known organisation; else the invitee registers one' }) organisationName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt!: Date;
  @ApiProperty({ description: 'The e-mail address has an account already (accepting then needs its password)' }) existingAccount!: boolean;
}

class AcceptedInvitationView {
  @ApiProperty() participantId!: string;
  @ApiProperty() cohortId!: string;
}

@ApiTags('koploper')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('cohorts/:id/invitations')
  @Roles('administrator', 'coordinator')
  @ApiCreatedResponse({ type: InvitationView })
  create(@Param('id') id: string, @Body() body: CreateInvitationDto) {
    return this.invitations.create(id, body);
  }

  @Public()
  @Get('invitations/:token')
  @ApiOkResponse({ type: InvitationPreviewView })
  show(@Param('token') token: string) {
    return this.invitations.show(token);
  }

  /** Accepting signs the invitee in: the answer sets the session cookie. */
  @Public()
  @Post('invitations/:token/accept')
  @ApiCreatedResponse({ type: AcceptedInvitationView, description: 'And the session cookie: the invitee is signed in' })
  async accept(@Param('token') token: string, @Body() body: AcceptInvitationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { token: session, ...result } = await this.invitations.accept(token, body);
    reply.setCookie(SESSION_COOKIE, session, sessionCookieOptions(this.config));
    return result;
  }
}
