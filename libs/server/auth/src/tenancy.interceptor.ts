import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Db } from '@koers/server-db';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { AuthState } from './auth-state';

/**
 * Runs every signed-in request inside Db.inTenant: one transaction, role
 * koers_tenant, the partner (and for participants the organisation) set for
 * row-level security. Feature code cannot forget it; an error rolls it all back.
 */
@Injectable()
export class TenancyInterceptor implements NestInterceptor {
  constructor(private readonly db: Db) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const auth: AuthState | undefined = req.auth;
    if (!auth) return next.handle();
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
