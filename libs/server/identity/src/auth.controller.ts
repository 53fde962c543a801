import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { BadInputError } from '@koers/server-db';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import {
  Auth,
  AuthService,
  type AuthState,
  ClientAddress,
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
  @ApiOperation({ summary: 'Sign in with e-mail and password; sets the session cookie' })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail address or password (`auth.wrong_credentials`), or no membership left (`auth.no_memberships`)' })
  @ApiTooManyRequestsResponse({
    description: 'Too many wrong sign-ins for this account or from this address (`auth.too_many_attempts`); locked until `Retry-After` seconds have passed (`params.retryAfterSeconds`), even with the right password',
  })
  async signIn(@Body() body: SignInDto, @ClientAddress() client: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { token, state } = await this.auth.signIn(body.email, body.password, client);
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.config));
    return this.auth.view(state);
  }

  @Get('session')
  @ApiOperation({ summary: 'Show the signed-in user and their memberships' })
  @ApiOkResponse({ type: SessionViewDto })
  session(@Auth() state: AuthState) {
    return this.auth.view(state);
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: end this session and clear its cookie' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async signOut(@Auth() state: AuthState, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.signOut(state.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Post('switch')
  @HttpCode(200)
  @ApiOperation({ summary: "Switch the session's active membership (another partner or role)" })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiNotFoundResponse({ description: 'Not one of the memberships of the signed-in user (code `not_found`)' })
  async switch(@Auth() state: AuthState, @Body() body: SwitchMembershipDto) {
    return this.auth.view(await this.auth.switchMembership(state, body.membershipId));
  }

  @Patch('profile')
  @ApiOperation({ summary: "Change the signed-in user's name or language" })
  @ApiOkResponse({ type: SessionViewDto })
  async profile(@Auth() state: AuthState, @Body() body: UpdateProfileDto) {
    return this.auth.view(await this.auth.updateProfile(state, body));
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for a password-reset link by e-mail (answers 202 for any address)' })
  @ApiTooManyRequestsResponse({ description: 'Too many reset requests for this address (known or not) or from this client address (`auth.too_many_resets`); try again after `Retry-After` seconds' })
  @ApiAcceptedResponse({ description: 'Accepted; a link is mailed when the address has an account', schema: { type: 'object', required: ['accepted'], properties: { accepted: { type: 'boolean', example: true } } } })
  async requestReset(@Body() body: PasswordResetRequestDto, @ClientAddress() client: string) {
    await this.auth.requestPasswordReset(body.email, client);
    return { accepted: true };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the link from the reset e-mail; signs out everywhere' })
  @ApiNoContentResponse({ description: 'Password changed' })
  async confirmReset(@Body() body: PasswordResetConfirmDto) {
    if (!(await this.auth.confirmPasswordReset(body.token, body.password))) {
      throw new BadInputError('token', { nl: 'Deze link is onbekend, al gebruikt of verlopen', en: 'This link is unknown, already used or expired' }, { code: 'auth.reset_token_invalid' });
    }
  }
}
