import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import '@fastify/cookie';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { Public, Roles, SESSION_COOKIE, sessionCookieOptions } from '@koers/server-auth';
import { AcceptInvitationDto, CreateInvitationDto } from './invitations.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('koploper')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('cohorts/:id/invitations')
  @Roles('administrator', 'coordinator')
  create(@Param('id') id: string, @Body() body: CreateInvitationDto) {
    return this.invitations.create(id, body);
  }

  @Public()
  @Get('invitations/:token')
  show(@Param('token') token: string) {
    return this.invitations.show(token);
  }

  /** Accepting signs the invitee in: the answer sets the session cookie. */
  @Public()
  @Post('invitations/:token/accept')
  async accept(@Param('token') token: string, @Body() body: AcceptInvitationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { token: session, ...result } = await this.invitations.accept(token, body);
    reply.setCookie(SESSION_COOKIE, session, sessionCookieOptions(this.config));
    return result;
  }
}
