import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BadInputError } from '@koers/server-db';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import {
  Auth,
  AuthService,
  type AuthState,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  Public,
  SESSION_COOKIE,
  sessionCookieOptions,
  SessionViewDto,
  SignInDto,
  SwitchMembershipDto,
  UpdateProfileDto,
} from '@koers/server-auth';
import type { FastifyReply } from 'fastify';
import '@fastify/cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionViewDto })
  async signIn(@Body() body: SignInDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { token, state } = await this.auth.signIn(body.email, body.password);
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.config));
    return this.auth.view(state);
  }

  @Get('session')
  @ApiCookieAuth()
  @ApiOkResponse({ type: SessionViewDto })
  session(@Auth() state: AuthState) {
    return this.auth.view(state);
  }

  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Auth() state: AuthState, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.signOut(state.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Post('switch')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionViewDto })
  async switch(@Auth() state: AuthState, @Body() body: SwitchMembershipDto) {
    return this.auth.view(await this.auth.switchMembership(state, body.membershipId));
  }

  @Patch('profile')
  @ApiOkResponse({ type: SessionViewDto })
  async profile(@Auth() state: AuthState, @Body() body: UpdateProfileDto) {
    return this.auth.view(await this.auth.updateProfile(state, body));
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  async requestReset(@Body() body: PasswordResetRequestDto) {
    await this.auth.requestPasswordReset(body.email);
    return { accepted: true };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  async confirmReset(@Body() body: PasswordResetConfirmDto) {
    if (!(await this.auth.confirmPasswordReset(body.token, body.password))) {
      throw new BadInputError('token', { nl: 'Deze link is onbekend, al gebruikt of verlopen', en: 'This link is unknown, already used or expired' }, { code: 'auth.reset_token_invalid' });
    }
  }
}
