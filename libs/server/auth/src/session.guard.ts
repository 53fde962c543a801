import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@koers/domain';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './auth-state';
import { PUBLIC_ROUTE, ROLES } from './decorators';
import { roleRefusal, UnauthenticatedError } from './refusals';

/** Global guard: a session cookie is needed unless the route is @Public(); @Roles() narrows further (403). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const targets = [context.getHandler(), context.getClass()];
    const token: string | undefined = req.cookies?.[SESSION_COOKIE];
    const state = token ? await this.auth.resolve(token) : null;
    if (state) req.auth = state;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (!state) throw new UnauthenticatedError();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(state.active.role)) throw roleRefusal(roles);
    return true;
  }
}
