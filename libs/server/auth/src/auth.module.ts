import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthService } from './auth.service';
import { MailService } from './mail.service';
import { SessionGuard } from './session.guard';
import { TenancyInterceptor } from './tenancy.interceptor';
import { AuthThrottle } from './throttle';

/** Sign-in state on every request (global guard) and tenant scoping of every signed-in request (global interceptor). */
@Global()
@Module({
  providers: [AuthService, AuthThrottle, MailService, { provide: APP_GUARD, useClass: SessionGuard }, { provide: APP_INTERCEPTOR, useClass: TenancyInterceptor }],
  exports: [AuthService, AuthThrottle, MailService],
})
export class AuthModule {}
