import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Db } from '@koers/server-db';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { AuthState } from './auth-state';
import { PUBLIC_ROUTE } from './decorators';

/**
 * Runs every signed-in request inside Db.inTenant: one transaction, role
 * koers_tenant, the partner (and for participants the organisation) set for
 * row-level security. Feature code cannot forget it; an error rolls it all back.
 *
 * A @Public() route runs outside it even with a session cookie: it works
 * through Db.system only (sign-in, password reset, invitation and survey links,
 * the public register, health), and its counters (the sign-in and reset limits)
 * must be kept when the answer is a refusal, so they cannot be part of a
 * request transaction that a refusal rolls back, and taking them on a second
 * connection while holding this one is what made bursts wait on themselves
 * (docs/security.md section 10).
 */
@Injectable()
export class TenancyInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const auth: AuthState | undefined = req.auth;
    if (!auth || this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return next.handle();
    const m = auth.active;
    return from(
      this.db.inTenant(
        { partnerId: m.partnerId, userId: auth.user.id, membershipId: m.id, role: m.role, organisationId: m.role === 'participant' ? m.organisationId : null },
        () => lastValueFrom(next.handle(), { defaultValue: undefined }),
        String(req.id ?? ''),
      ),
    );
  }
}
